package org.newsmark.service.team;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of messages: the password of a URL ({@code https://ana:TOKEN@host/x.git} is shown
 * as {@code https://ana:***@host/x.git}) and every token this process was handed, wherever it
 * appears in a message, including those of the git library.
 */
final class Secrets {
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/\\s@:]*):([^/\\s@]+)@");
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    /** Tokens shorter than this are not replaced everywhere: they would mangle ordinary words. */
    private static final int MIN_SECRET = 4;

    private Secrets() {}

    /** Remembers a secret so that no message shows it. */
    static void register(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET) {
            KNOWN.add(secret);
        }
    }

    static String redact(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = USER_INFO.matcher(message);
        String out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + ":***@"));
        for (String secret : KNOWN) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    /** The password of a URL's user info, or null; it is registered as a secret. */
    static String passwordOf(String url) {
        String info = userInfo(url);
        if (info == null || !info.contains(":")) {
            return null;
        }
        String password = decode(info.substring(info.indexOf(':') + 1));
        register(password);
        register(info.substring(info.indexOf(':') + 1));
        return password;
    }

    /** The user name of a URL's user info, or null. */
    static String userOf(String url) {
        String info = userInfo(url);
        if (info == null) {
            return null;
        }
        return decode(info.contains(":") ? info.substring(0, info.indexOf(':')) : info);
    }

    /** The URL without its password (the user name stays), as it may be stored and shown. */
    static String withoutPassword(String url) {
        Matcher m = USER_INFO.matcher(url);
        return m.replaceFirst(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "@"));
    }

    private static String userInfo(String url) {
        Matcher m = USER_INFO.matcher(url);
        if (m.find() && m.start() == 0) {
            return m.group(2) + ":" + m.group(3);
        }
        int scheme = url.indexOf("://");
        int at = url.indexOf('@');
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (scheme > 0 && at > scheme && (slash < 0 || at < slash)) {
            return url.substring(scheme + 3, at);
        }
        return null;
    }

    /** Percent-decoding of a URL's user info (a '+' stays a '+', unlike form decoding). */
    private static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%'
                    && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
