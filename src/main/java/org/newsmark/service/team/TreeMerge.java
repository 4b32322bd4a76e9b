package org.newsmark.service.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Merges two trees file by file, never line by line: an annotation file merged by lines could hold
 * two rows with one id, or a link to a row the other side deleted. A file changed on one side only
 * takes that side; a file changed on both sides differently takes the remote's version, and the
 * local one is reported so that it can be kept as a conflict copy. Between annotators this never
 * happens, since each writes only their own folder; it happens when one annotator works on two
 * computers.
 */
final class TreeMerge {
    /** The merged tree and the local versions that the remote's replaced (path and blob; null blob: none). */
    record Result(ObjectId tree, List<String> conflicts, List<ObjectId> localVersions) {}

    private TreeMerge() {}

    static Result merge(Repository repo, ObjectId base, ObjectId ours, ObjectId theirs) throws IOException {
        DirCache merged = DirCache.newInCore();
        List<String> conflicts = new ArrayList<>();
        List<ObjectId> local = new ArrayList<>();
        try (ObjectReader reader = repo.newObjectReader();
                ObjectInserter inserter = repo.newObjectInserter()) {
            DirCacheBuilder builder = merged.builder();
            builder.addTree(new byte[0], 0, reader, ours);
            builder.finish();
            DirCacheEditor editor = merged.editor();
            try (TreeWalk walk = new TreeWalk(repo, reader)) {
                walk.setRecursive(true);
                if (base == null) {
                    walk.addTree(new EmptyTreeIterator());
                } else {
                    walk.addTree(base);
                }
                walk.addTree(ours);
                walk.addTree(theirs);
                walk.setFilter(TreeFilter.ANY_DIFF);
                while (walk.next()) {
                    Object b = state(walk, 0);
                    Object o = state(walk, 1);
                    Object t = state(walk, 2);
                    if (Objects.equals(o, t) || Objects.equals(t, b)) {
                        continue; // ours is already the result
                    }
                    if (!Objects.equals(o, b) && o != null) {
                        conflicts.add(walk.getPathString());
                        local.add(walk.getObjectId(1).copy());
                    }
                    take(
                            editor,
                            walk.getPathString(),
                            walk.getFileMode(2),
                            t == null ? null : walk.getObjectId(2).copy());
                }
            }
            editor.finish();
            ObjectId tree = merged.writeTree(inserter);
            inserter.flush();
            return new Result(tree, conflicts, local);
        }
    }

    private static void take(DirCacheEditor editor, String path, FileMode mode, ObjectId id) {
        if (id == null) {
            editor.add(new DirCacheEditor.DeletePath(path));
            return;
        }
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry ent) {
                ent.setFileMode(mode);
                ent.setObjectId(id);
            }
        });
    }

    private static Object state(TreeWalk walk, int i) {
        FileMode mode = walk.getFileMode(i);
        return mode == FileMode.MISSING ? null : List.of(mode.getBits(), walk.getObjectId(i));
    }
}
