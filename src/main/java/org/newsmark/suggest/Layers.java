package org.newsmark.suggest;

/** The names of the layers and roles that the built-in recommenders propose, as in the default schema. */
final class Layers {
    static final String ENTITY = "ENTITY";
    static final String QUOTE = "QUOTE";
    static final String EVENT = "EVENT";
    static final String SPEAKER = "speaker";
    static final String CONTINUES = "continues";
    static final String COREF = "coref";
    static final String MENTION = "mention";
    static final String NOMINAL = "nominal";
    static final String PRONOUN = "pronoun";
    static final String AGENT = "agent";
    static final String TARGET = "target";

    private Layers() {}
}
