def hello():
    return "hello world"
