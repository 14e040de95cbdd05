-- `show` needs a record that exists, named by its singular.
show quote 999
show quotation 1
