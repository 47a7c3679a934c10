import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

const message = (seconds: number) =>
  `This client has spent its query budget; try again in ${seconds} s`;

const secondsOf = (waitMs: number) => Math.ceil(waitMs / 1000);

/** The refusal of an operation once its client has spent the budget, for Apollo to send. */
export function rateLimitedError(waitMs: number): GraphQLError {
  const seconds = secondsOf(waitMs);
  return new GraphQLError(message(seconds), {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter: seconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
    },
  });
}

/** The same refusal as a whole HTTP answer, for a request answered before Apollo (a cached one). */
export function rateLimitedAnswer(waitMs: number) {
  const seconds = secondsOf(waitMs);
  return {
    status: 429,
    headers: { 'retry-after': String(seconds) },
    body: {
      errors: [
        { message: message(seconds), extensions: { code: 'RATE_LIMITED', retryAfter: seconds } },
      ],
    },
  };
}
