package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.newsmark.model.EntityChains;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;

/**
 * brat's equivalence lines ({@code *\tEquiv T1 T3 T7}) as chains for {@link BratImport}: the
 * members of overlapping lines form one group, each member (after the first in text order) links
 * with the layer's {@code coref} role (or the role a mapping row gives the type) to the nearest
 * earlier member, unless a relation line gave it that link already or the link would close a cycle.
 * Members that are not imported annotations of one chained layer are reported and left out.
 */
final class BratEquivalences {
    private final List<BratImport.Draft> drafts;
    private final Map<String, BratImport.Draft> byBratId;
    private final BratMapping mapping;
    private final BiConsumer<Integer, String> error;
    private final Map<BratImport.Draft, BratImport.Draft> parent = new HashMap<>();
    private final Map<BratImport.Draft, LinkRole> roles = new HashMap<>();
    private final Map<String, BratImport.Draft> byId = new HashMap<>();

    BratEquivalences(
            List<BratImport.Draft> drafts,
            Map<String, BratImport.Draft> byBratId,
            BratMapping mapping,
            BiConsumer<Integer, String> error) {
        this.drafts = drafts;
        this.byBratId = byBratId;
        this.mapping = mapping;
        this.error = error;
    }

    void link(List<BratStandoff.Equivalence> lines) {
        drafts.forEach(d -> byId.put(d.id, d));
        for (BratStandoff.Equivalence q : lines) {
            List<BratImport.Draft> members = members(q);
            for (int i = 1; i < members.size(); i++) {
                parent.put(root(members.get(i)), root(members.get(0)));
            }
        }
        Map<BratImport.Draft, List<BratImport.Draft>> groups = new LinkedHashMap<>();
        for (BratImport.Draft d : drafts) {
            if (parent.containsKey(d)) {
                groups.computeIfAbsent(root(d), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<BratImport.Draft> group : groups.values()) {
            group.sort(Comparator.comparingInt((BratImport.Draft d) -> d.start)
                    .thenComparingInt(d -> d.end)
                    .thenComparingInt(d -> d.line));
            for (int i = 1; i < group.size(); i++) {
                BratImport.Draft d = group.get(i);
                String role = roles.get(d).name();
                if (d.links.stream().noneMatch(l -> l.role().equals(role)) && !reaches(group.get(i - 1), d, role)) {
                    d.links.add(new Link(role, group.get(i - 1).id));
                }
            }
        }
    }

    /** The members that are imported annotations of one layer with a chain role; the others reported. */
    private List<BratImport.Draft> members(BratStandoff.Equivalence q) {
        List<BratImport.Draft> members = new ArrayList<>();
        for (String ref : q.members()) {
            BratImport.Draft d = byBratId.get(ref);
            Optional<LinkRole> role = d == null
                    ? Optional.empty()
                    : mapping.role(d.layer.name(), q.type())
                            .or(() -> d.layer.role(EntityChains.ROLE))
                            .filter(r -> r.targetLayer().equals(d.layer.name()) && !r.many());
            if (d == null || role.isEmpty() || !members.isEmpty() && members.get(0).layer != d.layer) {
                error.accept(
                        q.line(),
                        "equivalence " + q.type() + ": " + ref
                                + (d == null
                                        ? " is not an imported annotation"
                                        : role.isEmpty()
                                                ? " is in " + d.layer.name() + ", which has no coref role to chain it"
                                                : " is in " + d.layer.name() + ", not in "
                                                        + members.get(0).layer.name())
                                + "; it is left out of the chain");
                continue;
            }
            roles.put(d, role.get());
            parent.putIfAbsent(d, d);
            members.add(d);
        }
        return members;
    }

    private BratImport.Draft root(BratImport.Draft d) {
        BratImport.Draft r = d;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** Whether following the role's links from one draft comes to another (a link back would close a cycle). */
    private boolean reaches(BratImport.Draft from, BratImport.Draft to, String role) {
        Set<BratImport.Draft> seen = new HashSet<>();
        for (BratImport.Draft d = from; d != null && seen.add(d); ) {
            if (d == to) {
                return true;
            }
            String next = d.links.stream()
                    .filter(l -> l.role().equals(role))
                    .map(Link::target)
                    .findFirst()
                    .orElse(null);
            d = next == null ? null : byId.get(next);
        }
        return false;
    }
}
