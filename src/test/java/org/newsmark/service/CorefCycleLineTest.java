package org.newsmark.service;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Article;

import static org.assertj.core.api.Assertions.assertThat;

/** A cycle of coref links in an annotation file is reported with the file and the line that closes it. */
class CorefCycleLineTest {
    @Test
    void aCorefCycleIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        //                  0         1         2         3
        //                  0123456789012345678901234567890123456
        String text = "Putin met Zelensky. The president left.";
        Path project = TestData.project(dir, "d", text);
        TestData.annotations(
                project,
                "ana",
                "d",
                "d,ana,E1,ENTITY,PERSON,0,5,Putin,coref=E3,,",
                "d,ana,E2,ENTITY,PERSON,10,18,Zelensky,,,",
                "d,ana,E3,ENTITY,PERSON,20,33,The president,coref=E1,form=nominal,");
        ProjectFolder folder = ProjectFolder.open(project);
        Article article = folder.readArticle("d");
        AnnotationFiles.Loaded loaded = AnnotationFiles.load(folder, folder.readSchema(), article, "ana");
        assertThat(loaded.problems())
                .extracting(Object::toString)
                .containsExactly("annotators/ana/d.csv:2: error: links form a cycle: E1 -> E3 -> E1");
    }
}
