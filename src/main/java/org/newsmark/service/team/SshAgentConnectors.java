package org.newsmark.service.team;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * Lets the git library's ssh transport use the running ssh agent (the one {@code SSH_AUTH_SOCK}
 * names, or an {@code IdentityAgent} of ~/.ssh/config) through the Unix domain sockets of Java
 * itself, so that keys with a passphrase work without the library's native add-on. Where there is
 * no agent (or on Windows, whose agent is a named pipe), the keys in ~/.ssh are used directly.
 */
final class SshAgentConnectors implements ConnectorFactory {
    static final String ENV = "SSH_AUTH_SOCK";

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor() {
        @Override
        public String getIdentityAgent() {
            return ENV;
        }

        @Override
        public String getDisplayName() {
            return "ssh agent (Unix domain socket)";
        }
    };

    private final Map<String, String> env;

    SshAgentConnectors(Map<String, String> env) {
        this.env = env;
    }

    /** Makes this the library's way to reach an agent, unless one is set already. */
    static void install() {
        if (ConnectorFactory.getDefault() == null) {
            ConnectorFactory.setDefault(new SshAgentConnectors(System.getenv()));
        }
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        String socket = identityAgent == null || identityAgent.isEmpty() || identityAgent.equals(ENV)
                ? env.get(ENV)
                : identityAgent.startsWith("~/") && homeDir != null
                        ? new File(homeDir, identityAgent.substring(2)).getPath()
                        : identityAgent;
        return new UnixSocketConnector(socket);
    }

    @Override
    public boolean isSupported() {
        return !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    @Override
    public String getName() {
        return "newsmark-unix-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(DESCRIPTOR);
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return DESCRIPTOR;
    }

    /** One connection to an agent: a request is length, type and body; so is the answer. */
    static final class UnixSocketConnector extends AbstractConnector {
        private final String socket;
        private SocketChannel channel;

        UnixSocketConnector(String socket) {
            this.socket = socket;
        }

        @Override
        public synchronized boolean connect() {
            if (channel != null) {
                return true;
            }
            if (socket == null || socket.isEmpty() || !Files.exists(Path.of(socket))) {
                return false;
            }
            try {
                SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
                c.connect(UnixDomainSocketAddress.of(socket));
                channel = c;
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                return false; // no agent there after all: the keys in ~/.ssh are tried instead
            }
        }

        @Override
        public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
            if (channel == null) {
                throw new IOException("not connected to the ssh agent");
            }
            prepareMessage(command, message);
            ByteBuffer out = ByteBuffer.wrap(message);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            byte[] length = new byte[4];
            readFully(length);
            byte[] reply = new byte[toLength(command, length)];
            readFully(reply);
            return reply;
        }

        private void readFully(byte[] into) throws IOException {
            ByteBuffer in = ByteBuffer.wrap(into);
            while (in.hasRemaining()) {
                if (channel.read(in) < 0) {
                    throw new IOException("the ssh agent closed the connection");
                }
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }
}
