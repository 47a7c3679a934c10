import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/core/paths';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval?: string; retries?: number };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { neo4j, api } = compose.services;

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with auth, memory settings and a healthcheck', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.environment?.NEO4J_server_memory_heap_max__size).toBeDefined();
    expect(neo4j.environment?.NEO4J_server_memory_pagecache_size).toBeDefined();
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/7474/);
    expect(neo4j.ports).toEqual(expect.arrayContaining([expect.stringMatching(/:7687$/)]));
  });

  it('keeps Neo4j data in a named volume', () => {
    const dataVolume = neo4j.volumes?.find((v) => v.endsWith(':/data'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(dataVolume!.split(':')[0]);
  });

  it('starts the API from the Dockerfile after Neo4j is healthy, over Bolt to the neo4j service', () => {
    expect(api.build).toBeDefined();
    expect(api.depends_on?.neo4j.condition).toBe('service_healthy');
    expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment?.HOST).toBe('0.0.0.0');
    expect(api.ports).toContain('4000:4000');
    expect(api.healthcheck?.test.join(' ')).toMatch(/health\/ready/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
  const stages = [...dockerfile.matchAll(/^FROM (\S+) AS (\S+)$/gm)].map((m) => ({
    image: m[1],
    name: m[2],
  }));

  it('builds in one stage and runs from a slimmer one on Node 20', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(stages.every((s) => s.image.startsWith('node:20'))).toBe(true);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/dist/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it('runs as a non-root user and ships the schema and the seed', () => {
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/COPY cypher/);
    expect(runtime).toMatch(/COPY graph-seed/);
  });
});
