import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

/** A download: the text with its type, and a file name the browser saves it under. */
export const file = (contentType: string, name: string, body: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 200,
  headers: {
    'content-type': `${contentType}; charset=utf-8`,
    'content-disposition': `attachment; filename="${name}.${contentType.split('/')[1]}"`,
    'cache-control': 'no-store',
  },
  body,
});
