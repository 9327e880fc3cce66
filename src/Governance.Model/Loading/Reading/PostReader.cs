using System.Collections.Frozen;
using Governance.Reading;
using Governance.Reading.Yaml;

namespace Governance.Model.Loading.Reading;

/// <summary>
/// Reads the posts of a file. Posts refer to each other through 'reportsTo', and a post's <see cref="Post.ReportsTo"/>
/// is fixed when it is made, so posts are read first as drafts and then made in reporting order, top first; posts
/// whose reporting lines form a loop cannot be made and are reported.
/// </summary>
internal static class PostReader
{
    private static readonly string[] Keys =
        ["id", "role", "holder", "title", "start", "end", "tenure", "reportsTo", "onSeniorManagementTeam", "remit", "additionalFunctions", "jointWith"];

    /// <summary>Reads the posts and adds those without errors to <see cref="FileScope.Posts"/>, in file order.</summary>
    /// <param name="items">The items of 'posts'.</param>
    /// <param name="scope">The file's scope.</param>
    public static IReadOnlyList<Post> ReadAll(IReadOnlyList<YamlMapping> items, FileScope scope)
    {
        var drafts = items.Select(item => ReadDraft(item, scope)).OfType<Draft>().ToList();
        var made = MakeInReportingOrder(drafts, scope);
        return drafts.Where(d => made.ContainsKey(d.Id)).Select(d => made[d.Id]).ToList();
    }

    private static Draft? ReadDraft(YamlMapping item, FileScope scope)
    {
        var bag = scope.Bag;
        var errorsBefore = bag.ErrorCount;
        var reader = new MappingReader(item, "a post", Keys, bag);
        var id = reader.Text("id", required: true);
        var role = reader.Enum<PostRole>("role", required: true);
        var title = reader.Text("title", required: role == PostRole.Other && reader.Has("title"));
        if (role == PostRole.Other && !reader.Has("title"))
        {
            bag.Error(
                DiagnosticCodes.MissingKey,
                "A post whose role is 'other' is missing the required key 'title' (the post's title, for example 'Corporate Director of Resources').",
                item.Location);
        }

        var holder = scope.Reference(reader, "holder", scope.PeopleIds, scope.People, out _);
        var (start, end) = reader.Term("An appointment");

        var tenure = reader.Enum<Tenure>("tenure") ?? Tenure.Substantive;
        string? reportsTo = null;
        if (reader.Text("reportsTo") is { } target)
        {
            if (scope.PostIds.Contains(target))
            {
                reportsTo = target;
            }
            else
            {
                bag.Error(
                    DiagnosticCodes.UndefinedReference,
                    $"'reportsTo' names the post '{YamlScalar.Shorten(target)}', but no post in 'posts' has that id.{Suggestions.DidYouMean(target, scope.PostIds.Ids)}",
                    reader.Value("reportsTo")!.Location);
            }
        }

        var onSmt = reader.Boolean("onSeniorManagementTeam");
        var remit = ReadFunctions(reader, "remit");
        var functions = ReadFunctions(reader, "additionalFunctions");
        var jointWith = RegisterChecks.ReadCodes(reader, "jointWith", scope, RegisterChecks.Purpose.JointPartner);

        if (bag.ErrorCount > errorsBefore || id is null || role is null || !scope.PostIds.IsOwner(id, item.Location))
        {
            return null;
        }

        return new Draft(id, role.Value, title, holder, start, end, tenure, reportsTo, onSmt, remit, functions, jointWith, item, reader);
    }

    /// <summary>Reads a list of <see cref="ServiceFunction"/> values.</summary>
    internal static IReadOnlyList<ServiceFunction> ReadFunctions(MappingReader reader, string key)
    {
        var functions = new List<ServiceFunction>();
        foreach (var node in reader.List(key, "functions such as education or childrensSocialCare"))
        {
            if (Values.Enum<ServiceFunction>(node, $"an item of '{key}'", required: true, reader.Bag) is { } function)
            {
                functions.Add(function);
            }
        }

        return functions;
    }

    private static Dictionary<string, Post> MakeInReportingOrder(List<Draft> drafts, FileScope scope)
    {
        var byId = drafts.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var reporting = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        var ready = new Queue<Draft>();
        foreach (var draft in drafts)
        {
            if (draft.ReportsTo is { } target && byId.ContainsKey(target))
            {
                if (!reporting.TryGetValue(target, out var list))
                {
                    reporting[target] = list = [];
                }

                list.Add(draft);
            }
            else
            {
                ready.Enqueue(draft);
            }
        }

        while (ready.TryDequeue(out var draft))
        {
            var post = draft.Make(draft.ReportsTo is { } target ? scope.Posts.GetValueOrDefault(target) : null);
            scope.Posts[draft.Id] = post;
            foreach (var report in reporting.GetValueOrDefault(draft.Id) ?? [])
            {
                ready.Enqueue(report);
            }
        }

        ReportLoops(drafts.Where(d => !scope.Posts.ContainsKey(d.Id)).ToList(), byId, scope);
        return scope.Posts;
    }

    private static void ReportLoops(List<Draft> unmade, Dictionary<string, Draft> byId, FileScope scope)
    {
        // Each unmade post reports (directly or through others) into a loop. Each post has one 'reportsTo', so
        // following it from any unmade post reaches a loop; report each loop once, at its first post in the file.
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in unmade)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = start.Id;
            while (!done.Contains(current) && !onPath.ContainsKey(current))
            {
                onPath[current] = path.Count;
                path.Add(current);
                current = byId[current].ReportsTo!;
            }

            if (onPath.TryGetValue(current, out var loopStart))
            {
                var loop = path.Skip(loopStart).Select(id => byId[id]).OrderBy(d => d.Item.Location.Line).ThenBy(d => d.Item.Location.Column).ToList();
                var first = loop[0];
                var chain = Chain(first, byId, loop.Count);
                scope.Bag.Error(
                    DiagnosticCodes.ReportingLoop,
                    loop.Count == 1
                        ? $"The post '{first.Id}' reports to itself. 'reportsTo' names the post above this one."
                        : $"These posts report to each other in a loop: {chain}. A reporting line must end at a post that reports to no one (such as the Chief Executive).",
                    first.Reader.KeyLocation("reportsTo"));
            }

            done.UnionWith(path);
        }
    }

    private static string Chain(Draft first, Dictionary<string, Draft> byId, int length)
    {
        var ids = new List<string> { first.Id };
        var current = first;
        for (var i = 0; i < length; i++)
        {
            current = byId[current.ReportsTo!];
            ids.Add(current.Id);
        }

        return string.Join(" → ", ids.Select(id => $"'{id}'"));
    }

    private sealed record Draft(
        string Id,
        PostRole Role,
        string? Title,
        Person? Holder,
        DateOnly? Start,
        DateOnly? End,
        Tenure Tenure,
        string? ReportsTo,
        bool OnSeniorManagementTeam,
        IReadOnlyList<ServiceFunction> Remit,
        IReadOnlyList<ServiceFunction> AdditionalFunctions,
        IReadOnlyList<AuthorityReference> JointWith,
        YamlMapping Item,
        MappingReader Reader)
    {
        public Post Make(Post? reportsTo) => new()
        {
            Id = Id,
            Role = Role,
            Title = Title,
            Holder = Holder,
            Start = Start,
            End = End,
            Tenure = Tenure,
            ReportsTo = reportsTo,
            OnSeniorManagementTeam = OnSeniorManagementTeam,
            Remit = Remit,
            AdditionalFunctions = AdditionalFunctions,
            JointWith = JointWith,
            Location = Item.Location,
            MemberLocations = Reader.MemberLocations.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }
}
