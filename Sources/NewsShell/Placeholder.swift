import CEditLine
import NewsQuery
