import NewsModel
import NewsQuery

print("newsq")
