import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Config } from '../../core/config';
import { Context } from '../context';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';
import { httpCachePolicy } from '../../http/cache-control';
import { graphVersionPlugin } from './graph-version.plugin';
import { httpCachingPlugin } from './http-caching.plugin';
import { responseCachePlugin } from './response-cache.plugin';
import { ResponseCache } from '../../http/response-cache';

/** Everything about caching that runs inside Apollo, as configured. */
export function cachingPlugins(
  config: Config,
  versions: GraphVersionTracker,
  cache: ResponseCache | null,
): ApolloServerPlugin<Context>[] {
  const plugins: ApolloServerPlugin<Context>[] = [
    graphVersionPlugin(versions),
    httpCachingPlugin(versions, httpCachePolicy(config)),
    // Apollo's own cache-control plugin would set `no-store` on every answer and costs time on
    // every resolved field; the plugins above decide the caching headers instead.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (cache) plugins.push(responseCachePlugin(versions));
  return plugins;
}
