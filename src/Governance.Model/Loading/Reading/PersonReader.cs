using System.Collections.Frozen;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>Reads the people of a file: officers and councillors, with their training and vetting.</summary>
internal static class PersonReader
{
    private static readonly string[] CommonKeys = ["id", "name", "type", "politicalOffices", "safeguardingTraining", "vettingAndBarring"];
    private static readonly string[] OfficerKeys = ["jobTitle"];
    private static readonly string[] CouncillorKeys = ["party", "isExecutiveMember"];
    private static readonly string[] TrainingKeys = ["course", "completedOn"];
    private static readonly string[] VettingKeys = ["registeredOn", "reference"];

    /// <summary>The two kinds of person, as 'type:' names them.</summary>
    internal enum PersonType
    {
        /// <summary>An officer.</summary>
        Officer,

        /// <summary>A councillor.</summary>
        Councillor,
    }

    /// <summary>Reads one person; <see langword="null"/> when it has errors or its id is another person's.</summary>
    public static Person? Read(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var declared = DeclaredType(item);
        var keys = declared switch
        {
            PersonType.Officer => [.. CommonKeys, .. OfficerKeys],
            PersonType.Councillor => [.. CommonKeys, .. CouncillorKeys],
            _ => CommonKeys.Concat(OfficerKeys).Concat(CouncillorKeys).ToArray(),
        };
        var misplaced = declared switch
        {
            PersonType.Officer => CouncillorKeys.ToDictionary(
                k => k,
                k => $"'{k}' is only for a councillor, but this person is an officer (type: officer). Remove it, or change the type.",
                StringComparer.Ordinal),
            PersonType.Councillor => OfficerKeys.ToDictionary(
                k => k,
                k => $"'{k}' is only for an officer, but this person is a councillor (type: councillor). Remove it, or change the type.",
                StringComparer.Ordinal),
            _ => null,
        };

        var reader = new MappingReader(item, "a person", keys, bag, misplaced);
        var id = reader.Text("id", required: true);
        var name = reader.Text("name", required: true);
        var type = reader.Enum<PersonType>("type", required: true);
        var offices = new List<string>();
        foreach (var office in reader.List("politicalOffices", "political offices (text)"))
        {
            if (Values.Text(office, "an item of 'politicalOffices'", required: true, bag) is { } text)
            {
                offices.Add(text);
            }
        }

        var training = reader.Mappings("safeguardingTraining", "a course of training", "courses of training")
            .Select(t => ReadTraining(t, bag))
            .OfType<SafeguardingTraining>()
            .ToList();
        var vetting = reader.Mapping("vettingAndBarring", "a registration with 'registeredOn' and 'reference'") is { } v
            ? ReadVetting(v, bag)
            : null;
        var jobTitle = type == PersonType.Officer ? reader.Text("jobTitle") : null;
        var party = type == PersonType.Councillor ? reader.Text("party") : null;
        var executive = type == PersonType.Councillor && reader.Boolean("isExecutiveMember");

        if (bag.ErrorCount > errorsBefore || id is null || name is null || type is null || !scope.PeopleIds.IsOwner(id, item.Location))
        {
            return null;
        }

        // "type" has no property of its own: it chooses between Officer and Councillor.
        var locations = reader.MemberLocations.Where(m => m.Key != "Type").ToFrozenDictionary(StringComparer.Ordinal);
        return type == PersonType.Officer
            ? new Officer
            {
                Id = id,
                Name = name,
                JobTitle = jobTitle,
                PoliticalOffices = offices,
                SafeguardingTraining = training,
                VettingAndBarring = vetting,
                Location = item.Location,
                MemberLocations = locations,
            }
            : new Councillor
            {
                Id = id,
                Name = name,
                Party = party,
                IsExecutiveMember = executive,
                PoliticalOffices = offices,
                SafeguardingTraining = training,
                VettingAndBarring = vetting,
                Location = item.Location,
                MemberLocations = locations,
            };
    }

    private static PersonType? DeclaredType(YamlMapping item) =>
        item.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, "type", StringComparison.Ordinal))?.Value is YamlScalar scalar &&
        YamlNames.TryParse<PersonType>(scalar.Value, out var type)
            ? type
            : null;

    private static SafeguardingTraining? ReadTraining(YamlMapping item, DiagnosticBag bag)
    {
        var reader = new MappingReader(item, "a course of safeguarding training", TrainingKeys, bag);
        var course = reader.Text("course", required: true);
        var completedOn = reader.Date("completedOn", required: true);
        return course is null || completedOn is null
            ? null
            : new SafeguardingTraining
            {
                Course = course,
                CompletedOn = completedOn.Value,
                Location = item.Location,
                MemberLocations = reader.MemberLocations,
            };
    }

    private static VettingAndBarringRegistration? ReadVetting(YamlMapping item, DiagnosticBag bag)
    {
        var reader = new MappingReader(item, "a Vetting and Barring Scheme registration", VettingKeys, bag);
        var registeredOn = reader.Date("registeredOn", required: true);
        var reference = reader.Text("reference");
        return registeredOn is null
            ? null
            : new VettingAndBarringRegistration
            {
                RegisteredOn = registeredOn.Value,
                Reference = reference,
                Location = item.Location,
                MemberLocations = reader.MemberLocations,
            };
    }
}
