import { checkJava, javaExecutable, LauncherError } from '../../src/neo4j/launcher-build';

describe('start-up checks of the embedded Neo4j', () => {
  it('says what to install when no Java is found', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(LauncherError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(
      /Java 17 or newer.*install a JDK.*NEO4J_URI/s,
    );
  });

  it('accepts the Java on this machine', () => {
    expect(() => checkJava()).not.toThrow();
  });

  it('uses JAVA_HOME when it is set', () => {
    expect(javaExecutable({ JAVA_HOME: '/opt/jdk' })).toBe('/opt/jdk/bin/java');
    expect(javaExecutable({})).toBe('java');
  });
});
