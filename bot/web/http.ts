// The HTTP contract routes implement: plain types, no restify (bot/app.ts adapts them).
export interface HttpRequest {
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface HttpResponse {
  status: number;
  contentType?: string;
  body: string | Buffer | object;
  headers?: Record<string, string>;
}

export interface HttpRoute {
  method: 'get' | 'post';
  path: string;
  handle(req: HttpRequest): Promise<HttpResponse>;
}
