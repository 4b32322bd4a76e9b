package org.newsmark.suggest;

import java.util.HashSet;
import java.util.Set;

/**
 * The closed word lists of English news that the rules use: reporting verbs in all their forms,
 * titles, pronouns, function words and the head nouns of unnamed sources. General English, never
 * words of particular articles.
 */
final class Lexicon {
    private Lexicon() {}

    private static Set<String> forms(String... lemmasAndForms) {
        Set<String> out = new HashSet<>();
        for (String group : lemmasAndForms) {
            for (String f : group.split(" ")) {
                out.add(f);
            }
        }
        return Set.copyOf(out);
    }

    /** Verbs that report speech or writing and can take a content clause (indirect or mixed quotes). */
    static final Set<String> REPORTING = forms(
            "say says said saying",
            "tell tells told telling",
            "state states stated stating",
            "add adds added adding",
            "claim claims claimed claiming",
            "argue argues argued arguing",
            "assert asserts asserted asserting",
            "suggest suggests suggested suggesting",
            "announce announces announced announcing",
            "warn warns warned warning",
            "explain explains explained explaining",
            "insist insists insisted insisting",
            "report reports reported reporting",
            "reveal reveals revealed revealing",
            "confirm confirms confirmed confirming",
            "write writes wrote written writing",
            "note notes noted noting",
            "admit admits admitted admitting",
            "acknowledge acknowledges acknowledged acknowledging",
            "allege alleges alleged alleging",
            "declare declares declared declaring",
            "maintain maintains maintained maintaining",
            "contend contends contended contending",
            "reply replies replied replying",
            "recommend recommends recommended recommending",
            "urge urges urged urging",
            "observe observes observed observing",
            "stress stresses stressed stressing",
            "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
            "concede concedes conceded conceding",
            "conclude concludes concluded concluding",
            "testify testifies testified testifying",
            "predict predicts predicted predicting",
            "tweet tweets tweeted tweeting",
            "announce",
            "recall recalls recalled recalling",
            "remark remarks remarked remarking",
            "indicate indicates indicated indicating",
            "promise promises promised promising",
            "threaten threatens threatened threatening",
            "complain complains complained complaining");

    /** Reporting verbs that only introduce quoted words, never an unquoted content clause. */
    static final Set<String> QUOTE_ONLY = forms(
            "continue continues continued continuing",
            "read reads",
            "describe describes described describing",
            "call calls called calling",
            "characterize characterizes characterized characterizing characterise characterises characterised characterising",
            "label labels labelled labeled",
            "brand brands branded",
            "dub dubs dubbed",
            "term terms termed",
            "respond responds responded responding",
            "comment comments commented commenting",
            "ask asks asked asking",
            "write",
            "post posts posted",
            "begin begins began",
            "joke jokes joked",
            "deny denies denied denying",
            "quote quotes quoted quoting",
            "cite cites cited citing");

    /** Verbs whose quoted object is the whole reported content ("describe as", "call for"). */
    static final Set<String> DESCRIBING = forms(
            "describe describes described describing",
            "call calls called calling",
            "characterize characterizes characterized characterizing characterise characterises characterised characterising",
            "label labels labelled labeled",
            "brand brands branded",
            "dub dubs dubbed",
            "term terms termed");

    /** Verbs that take an addressee before the content ("told the court that"). */
    static final Set<String> TELLING = forms(
            "tell tells told telling",
            "warn warns warned warning",
            "assure assures assured",
            "inform informs informed",
            "remind reminds reminded",
            "promise promises promised",
            "urge urges urged urging",
            "ask asks asked asking");

    /** Verbs that can follow their content ("..., researchers say."). */
    static final Set<String> POSTPOSED = forms(
            "say says said",
            "add adds added",
            "state states stated",
            "tell tells told",
            "write writes wrote",
            "note notes noted",
            "explain explains explained",
            "warn warns warned",
            "claim claims claimed",
            "argue argues argued",
            "report reports reported",
            "insist insists insisted",
            "assert asserts asserted",
            "continue continues continued",
            "reply replies replied",
            "conclude concludes concluded",
            "recall recalls recalled",
            "remark remarks remarked",
            "acknowledge acknowledges acknowledged",
            "admit admits admitted",
            "tweet tweets tweeted",
            "announce announces announced",
            "confirm confirms confirmed",
            "estimate estimates estimated",
            "allege alleges alleged",
            "suggest suggests suggested");

    /** Function words that never belong to a reported clause's speaker phrase. */
    static final Set<String> PREPOSITIONS = forms(
            "of for at from in with to by on about under over near after",
            "before during since into through across against among between without within upon via toward towards",
            "amid despite like including per than until till onto off");

    static final Set<String> CONJUNCTIONS = forms(
            "and or but that which who whom whose while when where as if",
            "because although though unless whereas whether so yet nor since once after before");

    static final Set<String> SUBORDINATORS =
            forms("although though because if when while as since unless whereas", "after before once even despite");

    static final Set<String> NEGATIONS = forms("not n't never neither nor no cannot");

    /** Auxiliaries and adverbs that may stand between a speaker and the reporting verb. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = forms(
            "have has had will would can could may might must",
            "shall should also has is was were are been be later earlier then reportedly recently allegedly",
            "previously further already once again repeatedly publicly separately subsequently today yesterday",
            "did does do just even still officially formally initially originally personally simply only first",
            "finally apparently openly angrily quickly now");

    /** Words after a reporting verb that mean it reports no content clause here. */
    static final Set<String> NO_CONTENT = forms(
            "why when whether how what where who whom if nothing anything",
            "something so too goodbye hello thanks sorry yes");

    /**
     * The plainest saying verbs, which take a content clause without "that" ("said the talks
     * would resume"); after any other reporting verb a content clause needs "that" or a verb form
     * that shows a clause ("revealed many are not getting enough").
     */
    static final Set<String> CORE_SAYING = forms(
            "say says said saying",
            "tell tells told telling",
            "state states stated stating",
            "insist insists insisted",
            "argue argues argued",
            "write writes wrote",
            "add adds added",
            "claim claims claimed");

    /** Words that show a clause: auxiliaries, modals, the copula. */
    static final Set<String> CLAUSE_MARKERS = forms(
            "is are was were will would can could may might must shall should",
            "has have had did does do be been being 's 're");

    static final Set<String> DETERMINERS = forms(
            "the a an this that these those some many several most all both",
            "any each every other another no his her its their our my your one two three four five six seven eight",
            "nine ten dozens hundreds thousands about around nearly almost over more few lot");

    static final Set<String> PERSON_PRONOUNS = forms("he she");
    static final Set<String> PRONOUNS = forms("he she it they we i you");

    /** Titles and roles that are left out of a person's name and mark a person speaker. */
    static final Set<String> TITLES = forms(
            "president vice prime minister secretary ambassador professor prof",
            "dr mr mrs ms miss sir dame senator sen rep representative governor gov mayor general gen judge justice",
            "chief director chairman chairwoman chair spokesman spokeswoman spokesperson king queen prince princess",
            "pope rev reverend father sheikh emeritus senior major colonel captain lieutenant sergeant officer",
            "detective inspector commissioner ceo chancellor premier deputy foreign home shadow defence defense",
            "health education finance interior justice envoy special counsel attorney lawyer coach manager",
            "member members head leader founder co-founder cofounder editor correspondent reporter analyst",
            "undersecretary under-secretary commander mp mep sheriff superintendent executive associate assistant",
            "researcher scientist physician doctor nurse economist author minister chairperson principal dean",
            "archbishop bishop cardinal imam rabbi lord lady baron emir sultan crown qc sc kc jr sr");

    /** Singular titles that, with "the", describe a person named elsewhere ("the US President said"). */
    static final Set<String> DESCRIPTION_TITLES = forms(
            "president minister secretary ambassador spokesman",
            "spokeswoman spokesperson leader chairman chairwoman director governor mayor premier chancellor king",
            "queen prince pope ceo coach prosecutor professor senator judge envoy founder chief commander head");

    /** Head nouns of unnamed sources that are groups of people or persons: nominal PERSON. */
    static final Set<String> PERSON_SOURCES = forms(
            "official officials researcher researchers scientist scientists",
            "expert experts analyst analysts people person witness witnesses resident residents author authors",
            "spokesman spokeswoman spokesperson spokespeople source sources critic critics activist activists",
            "lawyer lawyers attorney attorneys doctor doctors teacher teachers student students worker workers",
            "member members leader leaders commander commanders investigator investigators detective detectives",
            "prosecutor prosecutors prosecution officer officers diplomat diplomats observer observers",
            "campaigner campaigners supporter supporters opponent opponents parent parents neighbour neighbours",
            "neighbor neighbors survivor survivors victim victims protester protesters protestors organiser",
            "organisers organizer organizers economist economists defector defectors manager managers",
            "executive executives director directors minister ministers lawmaker lawmakers legislator",
            "legislators judge judges man men woman women boy boys girl girls child children family relatives",
            "friend friends colleague colleagues employee employees staff farmer farmers fisherman fishermen",
            "passenger passengers pilot pilots soldier soldiers troops villager villagers locals citizens voters",
            "fans players player coach spokespersons engineer engineers agents agent insiders aides aide",
            "advisers adviser advisors advisor participants organisers doctors nurses paramedics rescuers",
            "investigator");

    /** Head nouns of unnamed sources that are institutions, media or documents: nominal ORGANIZATION. */
    static final Set<String> ORGANIZATION_SOURCES = forms(
            "report reports media authorities authority government",
            "ministry police military army agency company firm court council committee commission department",
            "office study survey statement letter document documents newspaper paper website organisation",
            "organization group union party administration board institute university hospital church embassy",
            "network channel broadcaster outlet publication prosecutors regime team teams navy coastguard",
            "press research findings analysis data figures poll polls review inquiry investigation club",
            "association federation foundation charity parliament senate congress cabinet junta");

    /** Head nouns of a document source: its author is the speaker when named inside ("The Home Office letter"). */
    static final Set<String> DOCUMENTS = forms(
            "report reports statement letter document documents study survey",
            "paper findings analysis data figures poll review inquiry investigation website release");

    /** Last words that make a capitalised name an organisation rather than a person. */
    static final Set<String> ORGANIZATION_WORDS = forms(
            "service agency council department ministry office",
            "organisation organization association union party army force forces court commission committee bank",
            "company corporation inc ltd llc plc university institute times news post herald press gazette journal",
            "agency network foundation fund society church government administration authority authorities police",
            "guard navy team club group board bureau centre center school college hospital parliament senate",
            "congress assembly cabinet tribunal command ministry reuters afp ap bbc cnn",
            "federation league alliance");

    /** Days and months: capitalised, but never part of a person's or an organisation's name. */
    static final Set<String> CALENDAR = forms(
            "monday tuesday wednesday thursday friday saturday sunday january",
            "february march april may june july august september october november december");

    /** Words that may start a sentence without being a name. */
    static final Set<String> CAPITALIZED_FUNCTION_WORDS = forms(
            "the a an this that these those he she it they we i",
            "his her its their our in on at after before but and however meanwhile there some many according when",
            "while as if also yet so for with by from of to despite although though because since even until",
            "image photo picture sources categories");
}
