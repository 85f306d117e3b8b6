import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../src/paths';

const composeFile = path.join(projectRoot, 'docker-compose.yml');
const compose = parse(readFileSync(composeFile, 'utf8'));
const composeAvailable = spawnSync('docker', ['compose', 'version']).status === 0;

describe('docker-compose.yml', () => {
  it('then Neo4j is the 5.26 community image with a health check and a data volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toMatch(/^neo4j:5\.26/);
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('then the service is built here, points at Neo4j over Bolt and starts after Neo4j is healthy', () => {
    const service = compose.services.graphql;
    expect(service.build).toBe('.');
    expect(service.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(service.depends_on.neo4j.condition).toBe('service_healthy');
    expect(service.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace('neo4j/', ''));
  });

  it('then it refuses to start without NEO4J_PASSWORD instead of falling back to a known one', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(compose.services.graphql.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
  });

  it('then every port is published on 127.0.0.1 unless PUBLISH_HOST says otherwise', () => {
    const ports = Object.values<any>(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(String(port)).toMatch(/^(127\.0\.0\.1|\$\{PUBLISH_HOST:-127\.0\.0\.1\}):/);
  });

  it('then the health checks of the service (compose and Dockerfile) are in exec form', () => {
    expect(compose.services.graphql.healthcheck.test.slice(0, 2)).toEqual(['CMD', 'node']);
    const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^HEALTHCHECK .* CMD \["node", /m);
  });

  (composeAvailable ? it : it.skip)('when the docker compose client is installed, then `docker compose config -q` accepts the file', () => {
    const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '-q'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
