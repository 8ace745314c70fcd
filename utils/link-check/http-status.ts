/** Plain names of HTTP statuses: HTTP/2 answers carry no reason phrase of their own. */

const STATUS_NAMES: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  206: 'Partial Content',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  410: 'Gone',
  414: 'URI Too Long',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  999: '(request refused)',
};

/** "404 Not Found", or just "418" when the code has no common name. */
export function describeHttpStatus(status: number): string {
  const name = STATUS_NAMES[status];
  return name ? `${status} ${name}` : String(status);
}

/** Statuses worth asking again after a pause. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** Statuses that say "we cannot tell", not "the link is dead": logins, paywalls, bot walls. */
export function isInconclusiveStatus(status: number): boolean {
  return status === 401 || status === 402 || status === 403 || status === 406 || status === 407 || status === 429 || status === 999;
}

/** True for answers that send the client elsewhere. */
export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
