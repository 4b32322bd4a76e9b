package org.newsmark.service.team;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Credentials for https remotes, never asked for and never stored in the project: the password of
 * the URL given on this command line, a token from the environment ({@code NEWSMARK_GIT_TOKEN},
 * with {@code NEWSMARK_GIT_USER}; the user name defaults to oauth2, which GitLab expects and GitHub
 * accepts), {@code ~/.netrc}, or the platform's credential store through git's credential helper
 * when git is installed. ssh remotes use the ssh agent and the keys in ~/.ssh. Host key questions
 * are answered no: an unknown host must be accepted once with ssh itself.
 */
final class TeamCredentials extends CredentialsProvider {
    static final String TOKEN = "NEWSMARK_GIT_TOKEN";
    static final String USER = "NEWSMARK_GIT_USER";

    private final Map<String, String> env;
    private final String urlUser;
    private final String urlPassword;

    TeamCredentials(Map<String, String> env, String url) {
        this.env = env;
        this.urlUser = url == null ? null : Secrets.userOf(url);
        this.urlPassword = url == null ? null : Secrets.passwordOf(url);
        Secrets.register(env.get(TOKEN));
    }

    static TeamCredentials fromEnvironment(String url) {
        return new TeamCredentials(System.getenv(), url);
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Username
                    || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.YesNoType
                    || item instanceof CredentialItem.InformationalMessage)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        boolean wantsSecret = false;
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.YesNoType yesNo) {
                yesNo.setValue(false); // never accept an unknown host key or a changed one on the user's behalf
            } else if (item instanceof CredentialItem.Username || item instanceof CredentialItem.Password) {
                wantsSecret = true;
            } else if (!(item instanceof CredentialItem.InformationalMessage)) {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        if (!wantsSecret) {
            return true;
        }
        String[] found = find(uri);
        if (found == null) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.Username u) {
                u.setValue(found[0]);
            } else if (item instanceof CredentialItem.Password p) {
                p.setValue(found[1].toCharArray());
            }
        }
        return true;
    }

    /** User name and password for the URI, or null: the first source that has them. */
    private String[] find(URIish uri) {
        if (urlPassword != null) {
            return new String[] {firstOf(urlUser, uri.getUser(), "oauth2"), urlPassword};
        }
        String token = env.get(TOKEN);
        if (token != null && !token.isEmpty()) {
            return new String[] {firstOf(env.get(USER), uri.getUser(), urlUser, "oauth2"), token};
        }
        String[] netrc = fromNetrc(uri);
        return netrc != null ? netrc : fromCredentialHelper(uri);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String[] fromNetrc(URIish uri) {
        CredentialItem.Username u = new CredentialItem.Username();
        CredentialItem.Password p = new CredentialItem.Password();
        try {
            if (new NetRCCredentialsProvider().get(uri, u, p) && p.getValue() != null) {
                String password = new String(p.getValue());
                Secrets.register(password);
                return new String[] {u.getValue(), password};
            }
        } catch (RuntimeException e) {
            // An unreadable .netrc is no source.
        }
        return null;
    }

    /**
     * Asks git's credential helper (Keychain, Windows Credential Manager, libsecret...) without
     * ever letting it prompt; nothing when git is not installed.
     */
    private static String[] fromCredentialHelper(URIish uri) {
        if (uri.getHost() == null
                || uri.getScheme() == null
                || !uri.getScheme().startsWith("http")
                || !gitInstalled()) {
            return null;
        }
        ProcessBuilder pb = new ProcessBuilder("git", "credential", "fill");
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("GIT_ASKPASS", "");
        pb.environment().put("SSH_ASKPASS", "");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = pb.start();
            try (OutputStream in = process.getOutputStream()) {
                String request = "protocol=" + uri.getScheme() + "\nhost=" + uri.getHost()
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "\npath=" + strip(uri.getPath()) + "\n\n";
                in.write(request.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            Map<String, String> answer = new HashMap<>();
            new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .forEach(line -> {
                        int eq = line.indexOf('=');
                        if (eq > 0) {
                            answer.put(line.substring(0, eq), line.substring(eq + 1));
                        }
                    });
            if (process.exitValue() != 0 || answer.get("password") == null) {
                return null;
            }
            Secrets.register(answer.get("password"));
            return new String[] {answer.getOrDefault("username", "oauth2"), answer.get("password")};
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String strip(String path) {
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }

    private static boolean gitInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "git")) || Files.isExecutable(Path.of(dir, "git.exe"))) {
                return true;
            }
        }
        return false;
    }
}
