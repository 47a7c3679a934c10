import { ConfigError, loadConfig } from '../../src/core/config';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({}, '/repo');
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_DATA_DIR).toBe('/repo/.data/neo4j');
    expect(config.CORS_ORIGINS).toBe('*');
    expect(config.API_KEYS).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every variable at fault at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/NEO4J_URI: must be a neo4j/);
      expect(message).toMatch(/LOG_LEVEL:/);
    }
  });

  it('reads TRUST_PROXY as hops or addresses, and refuses anything else by name', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('');
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe('2');
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe(
      'loopback, 10.0.0.0/8',
    );
    for (const bad of ['true', '10.0.0.0/99', 'the-cdn']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(
        /TRUST_PROXY: must be a number of hops/,
      );
    }
  });

  it('accepts Aura and cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).NEO4J_URI).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687' }).NEO4J_URI).toBe('neo4j://core1:7687');
  });

  it('parses API keys as hashes with roles, and refuses malformed entries', () => {
    const hash = 'a'.repeat(64);
    expect(loadConfig({ API_KEYS: `${hash}:editor, ${'B'.repeat(64)}:reader` }).API_KEYS).toEqual([
      { sha256: hash, role: 'editor' },
      { sha256: 'b'.repeat(64), role: 'reader' },
    ]);
    expect(() => loadConfig({ API_KEYS: 'plain-secret:editor' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: `${hash}:admin` })).toThrow(/API_KEYS/);
  });

  it('splits CORS origins', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('has caching on by default and lets RESPONSE_CACHE_MB=0 turn the response cache off', () => {
    expect(loadConfig({})).toMatchObject({
      INTROSPECTION: true,
      RESPONSE_CACHE_MB: 64,
      GRAPH_VERSION_POLL_MS: 1000,
      CACHE_MAX_AGE_S: 10,
      CACHE_SWR_S: 60,
    });
    expect(loadConfig({ RESPONSE_CACHE_MB: '0' }).RESPONSE_CACHE_MB).toBe(0);
    expect(() => loadConfig({ RESPONSE_CACHE_MB: '-1' })).toThrow(/RESPONSE_CACHE_MB/);
    expect(() => loadConfig({ GRAPH_VERSION_POLL_MS: '0' })).toThrow(/GRAPH_VERSION_POLL_MS/);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).PORT).toBe(4000);
  });
});
