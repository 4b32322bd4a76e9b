package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as Maven wrote it into the build. */
public final class Version {
    private Version() {}

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/newsmark/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isEmpty() && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "unknown";
    }
}
