package org.newsmark.service.team;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent connector speaks the ssh agent protocol (draft-miller-ssh-agent: a request is a
 * 4-byte length, a type byte and a body) with a real OpenSSH ssh-agent holding one key: asked for
 * its identities (type 11) it answers with the identities answer (type 12) listing one key.
 */
@EnabledIf(
        value = "opensshInstalled",
        disabledReason = "ssh-agent, ssh-add and ssh-keygen (OpenSSH client) are not installed")
class SshAgentTest {
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;

    @TempDir
    Path dir;

    static boolean opensshInstalled() {
        for (String tool : new String[] {"ssh-agent", "ssh-add", "ssh-keygen"}) {
            if (!Files.isExecutable(Path.of("/usr/bin", tool))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theAgentListsTheKeyItHolds() throws Exception {
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.log").toFile())
                .start();
        try {
            for (int i = 0; i < 200 && !Files.exists(socket); i++) {
                Thread.sleep(25);
            }
            run(
                    Map.of(),
                    "ssh-keygen",
                    "-q",
                    "-t",
                    "ed25519",
                    "-N",
                    "passphrase",
                    "-f",
                    dir.resolve("key").toString());
            // ssh-add would ask for the passphrase; an unencrypted copy is added instead.
            run(
                    Map.of(),
                    "ssh-keygen",
                    "-q",
                    "-p",
                    "-P",
                    "passphrase",
                    "-N",
                    "",
                    "-f",
                    dir.resolve("key").toString());
            run(
                    Map.of("SSH_AUTH_SOCK", socket.toString()),
                    "ssh-add",
                    dir.resolve("key").toString());
            Connector c = new SshAgentConnectors(Map.of(SshAgentConnectors.ENV, socket.toString()))
                    .create(null, dir.toFile());
            assertThat(c.connect()).isTrue();
            byte[] reply = c.rpc(REQUEST_IDENTITIES);
            assertThat(reply[0]).isEqualTo(IDENTITIES_ANSWER);
            assertThat(ByteBuffer.wrap(reply, 1, 4).getInt()).isEqualTo(1);
            c.close();
            assertThat(new SshAgentConnectors(Map.of())
                            .create(null, dir.toFile())
                            .connect())
                    .as("no agent: keys instead")
                    .isFalse();
        } finally {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
    }
}
