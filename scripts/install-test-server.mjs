// Installs Temporal's time-skipping test server (part of the Java SDK) into .tools/ from Maven
// Central, for TestWorkflowEnvironment.createTimeSkipping(): the SDK's own download comes from
// the internet, which CI cannot reach; Maven Central it can. Needs Java and Maven.
// Run as a script it prints the wrapper's path (progress goes to stderr); fast (no Maven) once installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_SERVER_VERSION = '1.39.0';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const home = join(root, '.tools', `temporal-test-server-${TEST_SERVER_VERSION}`);
export const testServerPath = join(home, 'temporal-test-server');

// The SDK runs `<wrapper> <port> [extraArgs]`, the arguments TestServer's main takes, and stops
// it by killing that process: `exec` makes the JVM that process, so no server outlives a test.
const WRAPPER = `#!/bin/sh
# Temporal time-skipping test server ${TEST_SERVER_VERSION}, from Maven Central (scripts/install-test-server.mjs).
# Usage: temporal-test-server <port> [--enable-time-skipping]
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
exec "\${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/lib/*" io.temporal.testserver.TestServer "$@"
`;

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>remit.tools</groupId>
  <artifactId>temporal-test-server-install</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${TEST_SERVER_VERSION}</version>
    </dependency>
    <!-- The server logs through SLF4J; without a binding its warnings and errors are lost. -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-simple</artifactId>
      <version>1.7.36</version>
    </dependency>
  </dependencies>
</project>
`;

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

function need(cmd, what, debianPackage) {
  const found = onPath(cmd) || (cmd === 'java' && process.env.JAVA_HOME && existsSync(join(process.env.JAVA_HOME, 'bin', 'java')));
  if (!found) throw new Error(`${cmd} not found: the workflow tests' Temporal test server needs ${what}. Install it (Debian/Ubuntu: apt-get install ${debianPackage})`);
}

/** The wrapper's path, installing first when needed. Throws, saying what to install, without Java or Maven. */
export function installTestServer() {
  need('java', 'a Java runtime', 'openjdk-17-jre-headless');
  if (existsSync(testServerPath)) return testServerPath;
  need('mvn', 'Maven, to fetch it from Maven Central', 'maven');
  const started = Date.now();
  // Built beside its final place and renamed into it: an interrupted install is never taken for a finished one.
  mkdirSync(dirname(home), { recursive: true });
  const staging = mkdtempSync(`${home}.partial-`);
  const pomDir = mkdtempSync(join(tmpdir(), 'remit-test-server-pom-'));
  try {
    console.error(`[remit] installing the Temporal test server ${TEST_SERVER_VERSION} from Maven Central`);
    writeFileSync(join(pomDir, 'pom.xml'), POM);
    const mvn = spawnSync('mvn', ['-B', '-q', '-f', join(pomDir, 'pom.xml'), `${DEPENDENCY_PLUGIN}:copy-dependencies`,
      '-DincludeScope=runtime', `-DoutputDirectory=${join(staging, 'lib')}`], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (mvn.status !== 0) {
      process.stderr.write(mvn.stdout + mvn.stderr);
      throw new Error(`mvn dependency:copy-dependencies failed (exit ${mvn.status ?? mvn.signal}); is Maven Central reachable?`);
    }
    if (!readdirSync(join(staging, 'lib')).some((f) => f.startsWith('temporal-test-server-'))) throw new Error('Maven copied no temporal-test-server jar');
    writeFileSync(join(staging, 'temporal-test-server'), WRAPPER);
    chmodSync(join(staging, 'temporal-test-server'), 0o755);
    try {
      renameSync(staging, home);
    } catch (err) {
      // Another process installed it meanwhile: theirs is as good.
      if (!existsSync(testServerPath)) throw err;
    }
    console.error(`[remit] Temporal test server installed at ${testServerPath} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return testServerPath;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(pomDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(installTestServer());
  } catch (err) {
    console.error(`[remit] ${err.message}`);
    process.exit(1);
  }
}
