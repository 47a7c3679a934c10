import { ConfigError, loadConfig } from '../../src/config';

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

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).PORT).toBe(4000);
  });
});
