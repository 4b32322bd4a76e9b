package org.newsmark.reliability;

import java.io.IOException;
import java.nio.file.Path;

import org.newsmark.TestData;

/**
 * A small valid project for the attacks: two articles, annotators ana and ben who differ a little,
 * and a gold standard; entities, quotes with speakers and a {@code continues} link, an event.
 */
final class SmallProject {
    //                                  0         1         2         3         4         5         6         7
    // 8
    //
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
    static final String D1 =
            "Peskov said on Friday that \u201ctalks will go on\u201d and that \u201cno deal is near\u201d, the Kremlin added.";
    static final String D2 = "Zelensky met Macron in Paris on Monday.";

    private SmallProject() {}

    static Path create(Path dir) throws IOException {
        TestData.project(dir, "d1", D1, "d2", D2);
        for (String who : new String[] {"ana", "ben", "gold"}) {
            String org = who.equals("ben") ? "GPE" : "ORGANIZATION";
            TestData.annotations(
                    dir,
                    who,
                    "d1",
                    "d1," + who + ",E1,ENTITY,PERSON,0,6,Peskov,,,",
                    "d1," + who + ",V1,EVENT,STATEMENT,7,11,said,agent=E1,,",
                    "d1," + who + ",E2,ENTITY,DATE,15,21,Friday,,,",
                    "d1," + who + ",Q1,QUOTE,DIRECT,27,45,\u201ctalks will go on\u201d,speaker=E1,,",
                    "d1," + who + ",Q2,QUOTE,DIRECT,55,72,\u201cno deal is near\u201d,continues=Q1;speaker=E1,,",
                    "d1," + who + ",E3,ENTITY," + org + ",78,85,Kremlin,,,");
            TestData.annotations(
                    dir,
                    who,
                    "d2",
                    "d2," + who + ",E1,ENTITY,PERSON,0,8,Zelensky,,,",
                    "d2," + who + ",V1,EVENT,MEETING,9,12,met,agent=E1;agent=E2,,",
                    "d2," + who + ",E2,ENTITY,PERSON,13,19,Macron,,,",
                    "d2," + who + ",E3,ENTITY," + (who.equals("ana") ? "LOCATION" : "GPE") + ",23,28,Paris,,,");
        }
        return dir;
    }
}
