#!/usr/bin/python3
"""The oracle of the error-document tests: botocore's reading of AWS error answers.

Reads a JSON list of answers from stdin, each {"protocol": "query"|"ec2"|"json", "status": N, "headers": {...},
"body": "<base64>"}, and writes a JSON list with, for each, what botocore's response parser (parsers.py, the one
the AWS CLI and boto3 use) makes of it: {"code": ..., "message": ...} from its parsed "Error", or
{"unparseable": true} where botocore gives up (ResponseParserError). Run with Debian's /usr/bin/python3
(python3-botocore).
"""
import base64
import json
import sys

from botocore.parsers import ResponseParserError, create_parser


def read(answer):
    parser = create_parser(answer['protocol'])
    response = {'status_code': int(answer['status']), 'headers': answer.get('headers') or {},
                'body': base64.b64decode(answer['body'])}
    try:
        parsed = parser.parse(response, None)
    except ResponseParserError:
        return {'unparseable': True}
    error = parsed.get('Error') or {}
    code, message = error.get('Code'), error.get('Message')
    return {'code': code if isinstance(code, str) else '', 'message': message if isinstance(message, str) else ''}


def main():
    json.dump([read(a) for a in json.load(sys.stdin)], sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main())
