package org.newsmark.service.team;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Credentials come from the URL given now or the environment, reach the server, and never appear in
 * a message: against a local HTTP server that refuses every login, as a private repository does.
 */
class CredentialsTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> logins = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null && auth.startsWith("Basic ")) {
                logins.add(new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"private\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String userInfo) {
        return "http://" + userInfo + "127.0.0.1:" + server.getAddress().getPort() + "/lab/project.git";
    }

    @Test
    void thePasswordOfTheUrlIsSentButNeverShownNorStored() {
        String secret = "s3cr3t-pass-4711";
        assertThatThrownBy(() -> new JoinService(Map.of())
                        .join(url("ana:" + secret + "@"), dir.resolve("clone"), "ana", SyncProgress.NONE))
                .isInstanceOfSatisfying(TeamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeamException.Kind.OFFLINE);
                    assertThat(e.getMessage()).doesNotContain(secret).contains("ana:***@127.0.0.1");
                    assertThat(Remote.rootMessage(e)).doesNotContain(secret);
                });
        assertThat(logins).contains("ana:" + secret);
        assertThat(dir.resolve("clone")).doesNotExist();
    }

    @Test
    void aTokenFromTheEnvironmentIsSentButNeverShown() {
        String token = "glpat-0123456789abcdef";
        assertThatThrownBy(() -> new JoinService(Map.of(TeamCredentials.TOKEN, token))
                        .join(url(""), dir.resolve("clone"), "ana", SyncProgress.NONE))
                .isInstanceOfSatisfying(
                        TeamException.class,
                        e -> assertThat(e.getMessage()).doesNotContain(token).contains("cannot get the project"));
        assertThat(logins).contains("oauth2:" + token);
    }

    @Test
    void urlsAreShownWithoutTheirPassword() {
        assertThat(Secrets.redact("fatal: https://ana:tok%2Fen@github.com/lab/p.git: not authorized"))
                .isEqualTo("fatal: https://ana:***@github.com/lab/p.git: not authorized");
        assertThat(Secrets.withoutPassword("https://ana:tok@gitlab.com/lab/p.git"))
                .isEqualTo("https://ana@gitlab.com/lab/p.git");
        assertThat(Secrets.passwordOf("https://ana:tok%2Fen@github.com/x.git")).isEqualTo("tok/en");
        assertThat(Secrets.redact("the token was tok/en")).isEqualTo("the token was ***");
        assertThat(Secrets.withoutPassword("git@github.com:lab/p.git")).isEqualTo("git@github.com:lab/p.git");
    }
}
