using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Governance.Model.Tests.Schemas;

/// <summary>The schema itself: it loads, is strict, is documented, and says what the domain model says.</summary>
public class AuthoritySchemaTests
{
    private static readonly JsonElement Document = ReadDocument();

    [Test]
    public void Schema_loads_with_NJsonSchema_and_every_reference_resolves()
    {
        var schema = AuthoritySchemaValidator.Schema;

        schema.Properties.Keys.Should().Contain(["code", "name", "kind", "recordedAsAt", "people", "posts"]);
        schema.RequiredProperties.Should().BeEquivalentTo("code", "name", "kind", "recordedAsAt");
        schema.Definitions.Values.Should().OnlyContain(definition => definition.ActualSchema != null);
        var referencing = AllSchemas(schema).Where(s => s.HasReference).ToList();
        referencing.Should().NotBeEmpty();
        referencing.Should().OnlyContain(s => s.Reference != null, "every $ref must point at a definition");
    }

    [Test]
    public void Schema_declares_draft_07()
    {
        Document.GetProperty("$schema").GetString().Should().Be("http://json-schema.org/draft-07/schema#");
    }

    [Test]
    public void Schema_uses_only_keywords_NJsonSchema_validates()
    {
        // NJsonSchema 11 does not validate if/then/else, const, $defs or dependentRequired: it would
        // silently accept what they forbid. The schema must express those rules with oneOf/anyOf/not/enum.
        string[] unsupported = ["if", "then", "else", "const", "$defs", "dependentRequired", "dependentSchemas",
            "unevaluatedProperties", "prefixItems"];

        var used = Keywords(Document).ToList();

        used.Should().NotContain(unsupported);
    }

    [Test]
    public void Every_object_schema_rejects_unknown_keys()
    {
        var objects = ObjectSchemas(Document).ToList();

        objects.Should().HaveCountGreaterThan(8);
        foreach (var (path, element) in objects)
        {
            element.TryGetProperty("additionalProperties", out var additional).Should().BeTrue(path);
            additional.ValueKind.Should().Be(JsonValueKind.False, path);
        }
    }

    [Test]
    public void Every_property_has_a_description_for_the_editor_to_show()
    {
        var missing = PropertySchemas(Document)
            .Where(p => !p.Schema.TryGetProperty("description", out var d) || d.GetString()!.Length < 20)
            .Select(p => p.Path)
            .ToList();

        missing.Should().BeEmpty();
    }

    [Test]
    public void Every_required_key_is_a_declared_property()
    {
        foreach (var (path, element) in ObjectSchemas(Document))
        {
            if (!element.TryGetProperty("required", out var required))
            {
                continue;
            }

            var declared = element.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            required.EnumerateArray().Select(r => r.GetString()).Should().BeSubsetOf(declared, path);
        }
    }

    [Test]
    public void Every_pattern_is_a_valid_regular_expression()
    {
        var patterns = Walk(Document, "#")
            .Where(n => n.Element.ValueKind == JsonValueKind.Object && n.Element.TryGetProperty("pattern", out _))
            .Select(n => n.Element.GetProperty("pattern").GetString()!)
            .ToList();

        patterns.Should().NotBeEmpty();
        foreach (var pattern in patterns)
        {
            var compile = () => new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
            compile.Should().NotThrow(pattern);
        }
    }

    [Test]
    public void Every_enum_description_list_matches_its_enum()
    {
        foreach (var (path, element) in Walk(Document, "#"))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("enumDescriptions", out var texts))
            {
                continue;
            }

            texts.GetArrayLength().Should().Be(element.GetProperty("enum").GetArrayLength(), path);
        }
    }

    private static IEnumerable<TestCaseData> EnumsAgainstTheModel()
    {
        yield return new TestCaseData("#/properties/kind", typeof(AuthorityKind)).SetArgDisplayNames("kind");
        yield return new TestCaseData("#/definitions/postRole", typeof(PostRole)).SetArgDisplayNames("role");
        yield return new TestCaseData("#/definitions/post/properties/tenure", typeof(Tenure)).SetArgDisplayNames("tenure");
        yield return new TestCaseData("#/definitions/serviceFunction", typeof(ServiceFunction)).SetArgDisplayNames("functions");
        yield return new TestCaseData("#/definitions/partnerKind", typeof(PartnerKind)).SetArgDisplayNames("represents");
        yield return new TestCaseData("#/definitions/board/properties/kind", typeof(BoardKind)).SetArgDisplayNames("board kind");
        yield return new TestCaseData("#/definitions/membership/properties/capacity", typeof(MembershipCapacity)).SetArgDisplayNames("capacity");
        yield return new TestCaseData("#/definitions/publication/properties/kind", typeof(PublicationKind)).SetArgDisplayNames("publication kind");
        yield return new TestCaseData("#/definitions/review/properties/kind", typeof(ReviewKind)).SetArgDisplayNames("review kind");
    }

    [TestCaseSource(nameof(EnumsAgainstTheModel))]
    public void Enum_values_are_the_camelCase_members_of_the_model_enum(string location, Type modelEnum)
    {
        var values = Resolve(location).GetProperty("enum").EnumerateArray().Select(v => v.GetString());

        values.Should().Equal(Enum.GetNames(modelEnum).Select(CamelCase));
    }

    private static IEnumerable<TestCaseData> ObjectsAgainstTheModel()
    {
        yield return new TestCaseData("#", new[] { typeof(Authority) }, Array.Empty<string>()).SetArgDisplayNames("authority");
        yield return new TestCaseData("#/definitions/person", new[] { typeof(Person), typeof(Officer), typeof(Councillor) }, new[] { "type" }).SetArgDisplayNames("person");
        yield return new TestCaseData("#/definitions/safeguardingTraining", new[] { typeof(SafeguardingTraining) }, Array.Empty<string>()).SetArgDisplayNames("training");
        yield return new TestCaseData("#/definitions/vettingAndBarring", new[] { typeof(VettingAndBarringRegistration) }, Array.Empty<string>()).SetArgDisplayNames("vetting");
        yield return new TestCaseData("#/definitions/post", new[] { typeof(Post) }, Array.Empty<string>()).SetArgDisplayNames("post");
        yield return new TestCaseData("#/definitions/division", new[] { typeof(Division) }, Array.Empty<string>()).SetArgDisplayNames("division");
        yield return new TestCaseData("#/definitions/board", new[] { typeof(Board) }, new[] { "chair", "chairName", "chairIsIndependent" }).SetArgDisplayNames("board");
        yield return new TestCaseData("#/definitions/chair", new[] { typeof(BoardChair) }, Array.Empty<string>()).SetArgDisplayNames("chair");
        yield return new TestCaseData("#/definitions/scrutinyCommittee", new[] { typeof(ScrutinyCommittee) }, Array.Empty<string>()).SetArgDisplayNames("scrutiny committee");
        yield return new TestCaseData("#/definitions/scrutinyMembership", new[] { typeof(ScrutinyMembership) }, Array.Empty<string>()).SetArgDisplayNames("scrutiny membership");
        yield return new TestCaseData("#/definitions/review", new[] { typeof(Review) }, Array.Empty<string>()).SetArgDisplayNames("review");
        yield return new TestCaseData("#/definitions/membership", new[] { typeof(BoardMembership) }, Array.Empty<string>()).SetArgDisplayNames("membership");
        yield return new TestCaseData("#/definitions/publication", new[] { typeof(Publication) }, Array.Empty<string>()).SetArgDisplayNames("publication");
        yield return new TestCaseData("#/definitions/departure", new[] { typeof(Departure) }, Array.Empty<string>()).SetArgDisplayNames("departure");
    }

    [TestCaseSource(nameof(ObjectsAgainstTheModel))]
    public void Object_keys_are_the_camelCase_settable_properties_of_the_model_type(
        string location, Type[] modelTypes, string[] fileOnlyKeys)
    {
        string[] notWrittenInFiles = [nameof(ModelElement.Location), nameof(ModelElement.MemberLocations)]; // computed members have no public setter
        var expected = modelTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !notWrittenInFiles.Contains(p.Name))
            .Select(p => CamelCase(p.Name))
            .Concat(fileOnlyKeys);

        var keys = Resolve(location).GetProperty("properties").EnumerateObject().Select(p => p.Name);

        keys.Should().BeEquivalentTo(expected);
    }

    internal static string CamelCase(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);

    private static JsonElement ReadDocument()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.AuthoritySchema));
        return document.RootElement.Clone();
    }

    private static JsonElement Resolve(string location)
    {
        var element = Document;
        foreach (var segment in location.Split('/').Skip(1))
        {
            element = element.GetProperty(segment);
        }

        return element;
    }

    private static HashSet<JsonSchema> AllSchemas(JsonSchema root)
    {
        var seen = new HashSet<JsonSchema>();
        var pending = new Stack<JsonSchema>([root]);
        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (!seen.Add(schema))
            {
                continue;
            }

            IEnumerable<JsonSchema?> children =
            [
                .. schema.Properties.Values, .. schema.Definitions.Values, .. schema.OneOf, .. schema.AnyOf,
                .. schema.AllOf, schema.Not, schema.Item, schema.AdditionalPropertiesSchema,
            ];
            foreach (var child in children.OfType<JsonSchema>())
            {
                pending.Push(child);
            }
        }

        return seen;
    }

    private static IEnumerable<(string Path, JsonElement Element)> Walk(JsonElement element, string path)
    {
        yield return (path, element);
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var nested in Walk(property.Value, $"{path}/{property.Name}"))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in Walk(item, $"{path}/{index++}"))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<string> Keywords(JsonElement root) => Walk(root, "#")
        .Where(n => n.Element.ValueKind == JsonValueKind.Object && !n.Path.EndsWith("/properties", StringComparison.Ordinal)
            && !n.Path.EndsWith("/definitions", StringComparison.Ordinal))
        .SelectMany(n => n.Element.EnumerateObject().Select(p => p.Name))
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<(string Path, JsonElement Element)> ObjectSchemas(JsonElement root) => Walk(root, "#")
        .Where(n => n.Element.ValueKind == JsonValueKind.Object
            && n.Element.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && type.GetString() == "object");

    private static IEnumerable<(string Path, JsonElement Schema)> PropertySchemas(JsonElement root) => ObjectSchemas(root)
        .SelectMany(o => o.Element.GetProperty("properties").EnumerateObject()
            .Select(p => ($"{o.Path}/properties/{p.Name}", p.Value)));
}
