namespace Governance.Model.Loading.Reading;

/// <summary>
/// The stable codes of the problems found while loading authority files. Each is listed, with an example, in
/// <c>docs/diagnostics.md</c>; a code never changes its meaning.
/// </summary>
internal static class DiagnosticCodes
{
    // Reading the file and its YAML (GOV100-GOV119).

    /// <summary>A file does not exist, is a folder, or cannot be read.</summary>
    public const string FileUnreadable = "GOV100";

    /// <summary>A folder does not exist or cannot be read.</summary>
    public const string FolderUnreadable = "GOV101";

    /// <summary>A file is larger than <see cref="AuthorityLoader.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "GOV102";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "GOV103";

    /// <summary>The YAML is malformed (YamlDotNet's syntax error, made readable).</summary>
    public const string YamlSyntax = "GOV104";

    /// <summary>A file has no content: it is empty or only comments.</summary>
    public const string EmptyFile = "GOV105";

    /// <summary>A file holds more than one YAML document.</summary>
    public const string SeveralDocuments = "GOV106";

    /// <summary>A file uses YAML anchors or aliases.</summary>
    public const string AnchorOrAlias = "GOV107";

    /// <summary>A file nests deeper than <see cref="AuthorityLoader.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "GOV108";

    /// <summary>The top level of a file is a list or a single value, not keys and values.</summary>
    public const string TopLevelNotMapping = "GOV109";

    /// <summary>A file uses a YAML tag such as <c>!!str</c>.</summary>
    public const string TagNotAllowed = "GOV110";

    /// <summary>A key is a list or a mapping rather than a name.</summary>
    public const string KeyNotText = "GOV111";

    /// <summary>A file has so many problems that the rest are not listed.</summary>
    public const string TooManyProblems = "GOV112";

    // The shape of the content (GOV120-GOV139).

    /// <summary>A key the format does not have.</summary>
    public const string UnknownKey = "GOV120";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "GOV121";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "GOV122";

    /// <summary>A value of the wrong type, for example a list where text is expected.</summary>
    public const string WrongType = "GOV123";

    /// <summary>A required value is empty.</summary>
    public const string EmptyValue = "GOV124";

    /// <summary>A value that is not one of the allowed values.</summary>
    public const string UnknownEnumValue = "GOV125";

    /// <summary>A value that should be a date is not written as one.</summary>
    public const string NotADate = "GOV126";

    /// <summary>A date written in the right form that does not exist, such as 2009-02-30.</summary>
    public const string ImpossibleDate = "GOV127";

    /// <summary>An end date before its start date.</summary>
    public const string EndBeforeStart = "GOV128";

    /// <summary>A key that belongs to the other type of person (<c>party</c> on an officer).</summary>
    public const string KeyForOtherPersonType = "GOV129";

    /// <summary>An id with characters other than letters, digits, '-' and '_'.</summary>
    public const string InvalidId = "GOV130";

    /// <summary>The same id (or GSS code) twice in one list.</summary>
    public const string DuplicateId = "GOV131";

    /// <summary>A reference to a person, post or board id the file does not define.</summary>
    public const string UndefinedReference = "GOV132";

    /// <summary>Two keys that cannot be given together (<c>person</c> and <c>name</c>; <c>chair</c> and <c>chairName</c>).</summary>
    public const string ConflictingKeys = "GOV133";

    /// <summary>Posts whose <c>reportsTo</c> lines form a loop.</summary>
    public const string ReportingLoop = "GOV134";

    // Checks against the register of English local authorities (GOV140-GOV149).

    /// <summary>A GSS code that is not in the register.</summary>
    public const string UnknownAuthorityCode = "GOV140";

    /// <summary>A GSS code of a body that is not a council (the Greater London Authority, a combined authority).</summary>
    public const string NotACouncil = "GOV141";

    /// <summary>The file's <c>kind</c> differs from the register's kind for its code.</summary>
    public const string KindDiffersFromRegister = "GOV142";

    /// <summary>The file's <c>name</c> differs from the register's official name (a warning).</summary>
    public const string NameDiffersFromRegister = "GOV143";

    /// <summary>A county's district that is not a lower-tier district.</summary>
    public const string DistrictNotLowerTier = "GOV144";

    /// <summary>A county's district that the register puts under another county (a warning).</summary>
    public const string DistrictOfAnotherCounty = "GOV145";

    /// <summary>A lower-tier district where a children's services authority is expected.</summary>
    public const string NotChildrensServicesAuthority = "GOV146";

    /// <summary>Districts listed for an authority that is not a county.</summary>
    public const string DistrictsOnNonCounty = "GOV147";

    /// <summary>The register says the authority did not exist on the file's <c>recordedAsAt</c> date (a warning).</summary>
    public const string NotInExistence = "GOV148";

    /// <summary>A joint appointment with the authority itself.</summary>
    public const string JointWithItself = "GOV149";

    // Checks across a set of files (GOV150-).

    /// <summary>The same authority code in two files of one set.</summary>
    public const string DuplicateAuthority = "GOV150";

    // What a whole file must hold (GOV151-GOV169).

    /// <summary>
    /// A children's services authority's file without a DCS post, a Lead Member post, the LSCB or the Children's Trust
    /// Board: a file cut short, or one that leaves out what every such authority has.
    /// </summary>
    public const string IncompleteFile = "GOV151";

    /// <summary>
    /// A county's file that leaves out district councils the register lists for its area on the file's date: they are
    /// added from the register, so that each is checked (paras 2.13, 3.25).
    /// </summary>
    public const string DistrictsFromRegister = "GOV152";

    // Values that are written but are not text a person could mean (GOV170-GOV189).

    /// <summary>Text holding a control character (other than a tab, or a line break in long text such as <c>reasons</c>).</summary>
    public const string ControlCharacter = "GOV170";

    /// <summary>An optional value written as quoted text holding nothing but spaces: blank text is not a value.</summary>
    public const string BlankValue = "GOV171";
}
