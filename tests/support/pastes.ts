/*
 * Pastes as people send them (shortened; paths, users and ids changed), each written once for
 * the unit tests of the modules that read a paste and the browser tests of the search that runs them.
 */

/**
 * Node 17+ refusing old webpack's MD4 hash, as it prints it under a stack (geotiffjs/cog-explorer#38).
 * Node prints its version after it: append `\n\nNode.js v18.19.0`.
 */
export const nodeEnvelopeStack = `node:internal/crypto/hash:79
  this[kHandle] = new _Hash(algorithm, xofLen, algorithmId, getHashCache());
                  ^

Error: error:0308010C:digital envelope routines::unsupported
    at new Hash (node:internal/crypto/hash:79:19)
    at Object.createHash (node:crypto:139:10)
  library: 'digital envelope routines',
  reason: 'unsupported',
  code: 'ERR_OSSL_EVP_UNSUPPORTED'
}`;

/** A port in use, as a terminal shows it: a prompt with user and host, log prefixes, ANSI colours, a stack with the user's path. */
export const noisyEaddrinuse = `bob@build-box:~/work/shop$ npm run dev
[12:04:55] [INFO] starting server
node:events:497
      throw er; // Unhandled 'error' event
      ^

\u001b[31m2024-05-01T10:22:33.123Z [ERROR]\u001b[0m Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1908:16)
    at listenInCluster (node:net:1965:12)
    at Object.<anonymous> (/home/bob/work/shop/server.js:14:5)`;

/** npm before 10.6 refusing a peer dependency, in its old `npm ERR!` wording. */
export const npmErrEresolve = `npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@18.2.0
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^17.0.0" from some-widget@2.1.0`;

/**
 * A Python traceback through the Anthropic SDK, copied from its first frame down, as people copy
 * it from a terminal (the `Traceback (most recent call last):` header left behind).
 */
export const anthropicAuthTraceback = `  File "/home/me/bot/main.py", line 12, in <module>
    reply = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=history)
  File "/home/me/bot/.venv/lib/python3.12/site-packages/anthropic/_base_client.py", line 1061, in _request
    raise self._make_status_error_from_response(err.response) from None
anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}`;
