using NJsonSchema;
using NJsonSchema.Validation;

namespace Governance.Model.Tests.Schemas;

/// <summary>Loads the authority file schema once and validates YAML text or files against it with NJsonSchema.</summary>
internal static class AuthoritySchemaValidator
{
    private static readonly Lazy<JsonSchema> LazySchema = new(
        () => JsonSchema.FromFileAsync(RepositoryPaths.AuthoritySchema).GetAwaiter().GetResult());

    public static JsonSchema Schema => LazySchema.Value;

    public static IReadOnlyList<ValidationError> ValidateYaml(string yaml) => Validate(YamlToJson.Convert(yaml));

    public static IReadOnlyList<ValidationError> ValidateFile(string path) => Validate(YamlToJson.ConvertFile(path));

    /// <summary>
    /// Validates a fragment of a file: as <see cref="ValidateYaml"/>, but the lists a whole file must have ('posts'
    /// and 'boards') are taken as empty when the fragment leaves them out, so a test can hold just what it is about.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidateFragmentYaml(string yaml)
    {
        var json = YamlToJson.Convert(yaml);
        if (json is System.Text.Json.Nodes.JsonObject file)
        {
            foreach (var list in new[] { "posts", "boards" }.Where(key => !file.ContainsKey(key)))
            {
                file[list] = new System.Text.Json.Nodes.JsonArray();
            }
        }

        return Validate(json);
    }

    private static IReadOnlyList<ValidationError> Validate(System.Text.Json.Nodes.JsonNode? json) =>
        [.. Schema.Validate(json?.ToJsonString() ?? "null")];

    /// <summary>Every error, including those nested under a failed oneOf/anyOf branch.</summary>
    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
        }
    }

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join(Environment.NewLine, Flatten(errors).Select(e => $"{e.Kind} at {e.Path} (line {e.LineNumber})"));
}
