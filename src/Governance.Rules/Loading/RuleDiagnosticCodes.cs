namespace Governance.Rules.Loading;

/// <summary>
/// The stable codes of the problems found while loading rule files and guidance catalogues (GOV4xx). Problems in a
/// condition, template or value expression keep the condition language's own codes (GOV2xx). Each code is listed,
/// with an example, in <c>docs/rule-authoring.md</c>; a code never changes its meaning.
/// </summary>
internal static class RuleDiagnosticCodes
{
    // Reading files and their YAML (GOV400-GOV419).

    /// <summary>A file or folder does not exist or cannot be read.</summary>
    public const string FileUnreadable = "GOV400";

    /// <summary>A file is larger than the limit.</summary>
    public const string FileTooLarge = "GOV401";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "GOV402";

    /// <summary>The YAML is malformed.</summary>
    public const string YamlSyntax = "GOV403";

    /// <summary>A file has no content: it is empty or only comments.</summary>
    public const string EmptyFile = "GOV404";

    /// <summary>A file uses YAML anchors or aliases.</summary>
    public const string AnchorOrAlias = "GOV405";

    /// <summary>A file nests lists and mappings too deeply.</summary>
    public const string NestingTooDeep = "GOV406";

    /// <summary>A file uses a YAML tag such as <c>!!str</c>.</summary>
    public const string TagNotAllowed = "GOV407";

    /// <summary>A document's top level is not keys and values.</summary>
    public const string DocumentNotMapping = "GOV408";

    /// <summary>A key is a list or a mapping rather than a name.</summary>
    public const string KeyNotText = "GOV409";

    /// <summary>A file has too many problems or too many documents; the rest are not read or not listed.</summary>
    public const string TooMuch = "GOV410";

    // The shape of a rule (GOV420-GOV439).

    /// <summary>A key the format does not have.</summary>
    public const string UnknownKey = "GOV420";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "GOV421";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "GOV422";

    /// <summary>A value of the wrong kind: text where a list is needed, and so on.</summary>
    public const string WrongType = "GOV423";

    /// <summary>A value that must say something is empty (a title, a remedy, a quote).</summary>
    public const string EmptyValue = "GOV424";

    /// <summary>A rule id is not lowercase words joined by '-'.</summary>
    public const string BadRuleId = "GOV425";

    /// <summary>Two rules have the same id.</summary>
    public const string DuplicateRuleId = "GOV426";

    /// <summary>An obligation is not must, should or advisory.</summary>
    public const string BadObligation = "GOV427";

    /// <summary>A date is not a real date written as YYYY-MM-DD.</summary>
    public const string BadDate = "GOV428";

    /// <summary>An effective period ends before it starts.</summary>
    public const string EffectivePeriodReversed = "GOV429";

    /// <summary>A citation names a document the guidance catalogue does not have.</summary>
    public const string UnknownDocument = "GOV430";

    /// <summary>A citation names a paragraph the document's catalogue entry does not have.</summary>
    public const string UnknownParagraph = "GOV431";

    /// <summary>A tag is not lowercase words joined by '-'.</summary>
    public const string BadTag = "GOV432";

    /// <summary>A rule takes effect before what it cites was in force (a warning).</summary>
    public const string EffectiveBeforeSource = "GOV433";

    /// <summary>A paragraph is cited twice in one citation (a warning).</summary>
    public const string RepeatedParagraph = "GOV434";

    /// <summary>A rule's <c>scope:</c> is not <c>authority</c> or <c>across-authorities</c>.</summary>
    public const string BadScope = "GOV310";

    // The when: and then: parts (GOV440-GOV459).

    /// <summary>An element of <c>when:</c> (or of not/exists/all/or) has a shape the format does not have.</summary>
    public const string BadElement = "GOV440";

    /// <summary>A binding name is not a name, or is a reserved word.</summary>
    public const string BadBindingName = "GOV441";

    /// <summary>A binding name is used twice in one rule.</summary>
    public const string DuplicateBinding = "GOV442";

    /// <summary>The <c>then:</c> part is not one finding or one derive.</summary>
    public const string BadThen = "GOV444";

    /// <summary>A derived kind's name is not a name, or is the name of a domain type.</summary>
    public const string BadDerivedKind = "GOV445";

    /// <summary>Two rules derive the same kind with different fields or field types.</summary>
    public const string DerivedKindDisagrees = "GOV446";

    /// <summary>A derived kind's fields cannot be worked out: every rule deriving it has errors or depends on it.</summary>
    public const string DerivedKindUnresolved = "GOV447";

    /// <summary>The <c>at:</c> of a finding is not something written in an authority file.</summary>
    public const string BadAt = "GOV448";

    /// <summary>The branches of an <c>or</c> bind the same name with different types.</summary>
    public const string OrBranchesDisagree = "GOV449";

    /// <summary>A list that needs at least one element is empty.</summary>
    public const string EmptyList = "GOV450";

    // The guidance catalogue (GOV460-GOV469).

    /// <summary>A paragraph or provision number appears twice in one document.</summary>
    public const string DuplicateParagraph = "GOV460";

    /// <summary>Two catalogue files describe the same document.</summary>
    public const string DuplicateDocument = "GOV461";

    /// <summary>A paragraph or provision number is not written as the catalogue expects.</summary>
    public const string BadParagraphNumber = "GOV462";

    /// <summary>An obligation word the catalogue does not know, or 'none' beside another word.</summary>
    public const string BadObligationWord = "GOV463";

    /// <summary>A classification other than checkable, process or not-checkable.</summary>
    public const string UnknownClassification = "GOV464";

    /// <summary>A process item without 'evidence', a not-checkable item without 'reason', or either given for another classification.</summary>
    public const string ClassificationDetail = "GOV465";

    /// <summary>A rule effective after what it cites stops being in force (it is cut back to that day).</summary>
    public const string EffectiveAfterSource = "GOV466";

    // Rule test files (GOV480-GOV499). They share the reading codes (GOV400-GOV410) and the shape codes
    // (GOV420-GOV428) with rule files; an authority written inside a test case keeps the authority codes (GOV1xx).

    /// <summary>A test file, or one of its cases, has no case to run: no <c>cases:</c> items, or no authority to judge.</summary>
    public const string TestWithoutCases = "GOV480";

    /// <summary>A test names a rule that is not in the rule set.</summary>
    public const string TestUnknownRule = "GOV481";

    /// <summary>An expected finding's status is not <c>open</c> or <c>departed</c>.</summary>
    public const string TestBadStatus = "GOV482";

    /// <summary>Two cases of one test file have the same name.</summary>
    public const string TestDuplicateCase = "GOV483";

    /// <summary><c>expect:</c> is neither <c>none</c> nor a list of expected findings.</summary>
    public const string TestBadExpect = "GOV484";

    /// <summary>A case's authority (its own sections over the file's authority) does not load; the case is not run.</summary>
    public const string TestAuthorityInvalid = "GOV485";
}
