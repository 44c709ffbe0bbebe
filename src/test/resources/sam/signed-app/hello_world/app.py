import greeting


def lambda_handler(event, context):
    return {"statusCode": 200, "body": greeting.hello()}
