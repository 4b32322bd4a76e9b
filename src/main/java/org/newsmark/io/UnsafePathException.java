package org.newsmark.io;

import java.nio.file.FileSystemException;

/**
 * A path the project's rules refuse: it lies outside the project, a symbolic link is on its way,
 * or an export would land on the project's data. Names the path as the user gave it or as the
 * project shows it, and why.
 */
public final class UnsafePathException extends FileSystemException {
    public UnsafePathException(String shownPath, String reason) {
        super(shownPath, null, reason);
    }

    @Override
    public String getMessage() {
        return getFile() + ": " + getReason();
    }
}
