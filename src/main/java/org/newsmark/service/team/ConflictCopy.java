package org.newsmark.service.team;

/**
 * A local version that a sync replaced with the remote's: the file keeps the remote's version under
 * its name, and this computer keeps the local one at {@code copy} (under the hidden
 * {@code .newsmark/conflicts/} folder, which no reader of the project looks into and which is never
 * shared), to compare and choose. Both paths are relative to the project, with forward slashes.
 */
public record ConflictCopy(String path, String copy) {}
