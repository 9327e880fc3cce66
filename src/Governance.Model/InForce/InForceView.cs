namespace Governance.Model.InForce;

/// <summary>
/// Builds <see cref="Authority.InForceOn"/>: a copy of an authority holding only what was in place on a date. Each
/// element is copied (an element belongs to one authority) with its location, and references between elements are
/// carried over to the copies.
/// </summary>
internal sealed class InForceView
{
    private readonly DateOnly date;
    private readonly Dictionary<Person, Person> people = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Post, Post> posts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Board, Board> boards = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Publication, Publication> publications = new(ReferenceEqualityComparer.Instance);
    private readonly List<Post> postsInForce;

    private InForceView(Authority authority, DateOnly date)
    {
        this.date = date;
        postsInForce = [.. authority.Posts.Where(p => p.IsInForceOn(date))];
    }

    /// <summary>The arrangements of the authority in force on the date.</summary>
    public static Authority Of(Authority authority, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var view = new InForceView(authority, date);
        var copiedPeople = authority.People.Select(view.Copy).ToList();
        var copiedPosts = view.postsInForce.Select(view.Copy).ToList();
        var copiedBoards = authority.Boards.Select(view.Copy).ToList();
        var copiedPublications = authority.Publications
            .Where(p => p.Published is not { } published || published <= date)
            .Select(view.Copy)
            .ToList();
        return new Authority
        {
            Code = authority.Code,
            Name = authority.Name,
            Kind = authority.Kind,
            RecordedAsAt = authority.RecordedAsAt,
            UnrecordedRoles = date < authority.RecordedAsAt
                ? [.. authority.Posts
                    .Where(p => p.Role != PostRole.Other)
                    .GroupBy(p => p.Role)
                    .Where(role => role.All(p => p.Start > date))
                    .Select(role => role.Key)
                    .Order()]
                : [],
            Districts = [.. authority.Districts.Select(Copy)],
            People = copiedPeople,
            Posts = copiedPosts,
            Divisions = [.. authority.Divisions.Where(d => d.IsInForceOn(date)).Select(view.Copy)],
            Boards = copiedBoards,
            ScrutinyCommittees = [.. authority.ScrutinyCommittees.Select(view.Copy)],
            Publications = copiedPublications,
            Reviews = [.. authority.Reviews.Where(r => r.CompletedOn <= date).Select(view.Copy)],
            Departures = [.. authority.Departures.Where(d => d.DecidedOn <= date).Select(Copy)],
            Location = authority.Location,
            MemberLocations = authority.MemberLocations,
        };
    }

    private static AuthorityReference Copy(AuthorityReference reference) => new()
    {
        Code = reference.Code,
        Name = reference.Name,
        Kind = reference.Kind,
        Location = reference.Location,
        MemberLocations = reference.MemberLocations,
    };

    private static Departure Copy(Departure departure) => new()
    {
        RuleId = departure.RuleId,
        Reasons = departure.Reasons,
        DecidedBy = departure.DecidedBy,
        DecidedOn = departure.DecidedOn,
        ReviewBy = departure.ReviewBy,
        Location = departure.Location,
        MemberLocations = departure.MemberLocations,
    };

    private Person Copy(Person person)
    {
        var training = person.SafeguardingTraining
            .Where(t => t.CompletedOn <= date)
            .Select(t => new SafeguardingTraining
            {
                Course = t.Course,
                CompletedOn = t.CompletedOn,
                Location = t.Location,
                MemberLocations = t.MemberLocations,
            })
            .ToList();
        var vetting = person.VettingAndBarring is { } v && v.RegisteredOn <= date
            ? new VettingAndBarringRegistration
            {
                RegisteredOn = v.RegisteredOn,
                Reference = v.Reference,
                Location = v.Location,
                MemberLocations = v.MemberLocations,
            }
            : null;
        Person copy = person switch
        {
            Officer officer => new Officer
            {
                Id = officer.Id,
                Name = officer.Name,
                JobTitle = officer.JobTitle,
                PoliticalOffices = officer.PoliticalOffices,
                SafeguardingTraining = training,
                VettingAndBarring = vetting,
                Location = officer.Location,
                MemberLocations = officer.MemberLocations,
            },
            Councillor councillor => new Councillor
            {
                Id = councillor.Id,
                Name = councillor.Name,
                Party = councillor.Party,
                IsExecutiveMember = councillor.IsExecutiveMember,
                PoliticalOffices = councillor.PoliticalOffices,
                SafeguardingTraining = training,
                VettingAndBarring = vetting,
                Location = councillor.Location,
                MemberLocations = councillor.MemberLocations,
            },
            _ => throw new ArgumentException($"A person of type {person.GetType().Name} cannot be copied.", nameof(person)),
        };
        people[person] = copy;
        return copy;
    }

    private Person? PersonOf(Person? person) => person is null ? null : people[person];

    /// <summary>Copies a post in force, its reporting line first (posts report in a tree, so this ends).</summary>
    private Post Copy(Post post)
    {
        if (posts.TryGetValue(post, out var done))
        {
            return done;
        }

        var copy = new Post
        {
            Id = post.Id,
            Role = post.Role,
            Title = post.Title,
            Holder = PersonOf(post.Holder),
            Start = post.Start,
            End = post.End,
            Tenure = post.Tenure,
            ReportsTo = ReportingLine(post.ReportsTo),
            OnSeniorManagementTeam = post.OnSeniorManagementTeam,
            Remit = post.Remit,
            AdditionalFunctions = post.AdditionalFunctions,
            JointWith = [.. post.JointWith.Select(Copy)],
            Location = post.Location,
            MemberLocations = post.MemberLocations,
        };
        posts[post] = copy;
        return copy;
    }

    /// <summary>
    /// Where a reporting line goes on the date: the post named, if in force; otherwise the one post in force with the
    /// same role and title (the successor in a changeover); otherwise nowhere.
    /// </summary>
    private Post? ReportingLine(Post? target)
    {
        if (target is null)
        {
            return null;
        }

        if (target.IsInForceOn(date))
        {
            return Copy(target);
        }

        var successors = postsInForce
            .Where(p => p.Role == target.Role && string.Equals(p.Title, target.Title, StringComparison.Ordinal))
            .Take(2)
            .ToList();
        return successors.Count == 1 ? Copy(successors[0]) : null;
    }

    private Division Copy(Division division) => new()
    {
        Id = division.Id,
        Name = division.Name,
        Head = PersonOf(division.Head),
        ReportsTo = ReportingLine(division.ReportsTo),
        Functions = division.Functions,
        Start = division.Start,
        End = division.End,
        Location = division.Location,
        MemberLocations = division.MemberLocations,
    };

    private Board Copy(Board board)
    {
        var copy = new Board
        {
            Id = board.Id,
            Kind = board.Kind,
            Name = board.Name,
            Chairs =
            [
                .. board.Chairs.Where(c => c.IsInForceOn(date)).Select(c => new BoardChair
                {
                    Person = PersonOf(c.Person),
                    Name = c.Name,
                    IsIndependent = c.IsIndependent,
                    Start = c.Start,
                    End = c.End,
                    Location = c.Location,
                    MemberLocations = c.MemberLocations,
                }),
            ],
            Members =
            [
                .. board.Members.Where(m => m.IsInForceOn(date)).Select(m => new BoardMembership
                {
                    Person = PersonOf(m.Person),
                    Name = m.Name,
                    Organisation = m.Organisation,
                    Represents = m.Represents,
                    RepresentedAuthority = m.RepresentedAuthority is { } represented ? Copy(represented) : null,
                    Capacity = m.Capacity,
                    Start = m.Start,
                    End = m.End,
                    Location = m.Location,
                    MemberLocations = m.MemberLocations,
                }),
            ],
            Location = board.Location,
            MemberLocations = board.MemberLocations,
        };
        boards[board] = copy;
        return copy;
    }

    private ScrutinyCommittee Copy(ScrutinyCommittee committee) => new()
    {
        Id = committee.Id,
        Name = committee.Name,
        Scrutinises = committee.Scrutinises,
        Members =
        [
            .. committee.Members.Where(m => m.IsInForceOn(date)).Select(m => new ScrutinyMembership
            {
                Person = PersonOf(m.Person),
                Name = m.Name,
                IsCoopted = m.IsCoopted,
                Start = m.Start,
                End = m.End,
                Location = m.Location,
                MemberLocations = m.MemberLocations,
            }),
        ],
        Location = committee.Location,
        MemberLocations = committee.MemberLocations,
    };

    private Publication Copy(Publication publication)
    {
        var copy = new Publication
        {
            Id = publication.Id,
            Kind = publication.Kind,
            Title = publication.Title,
            Published = publication.Published,
            CoversFrom = publication.CoversFrom,
            CoversUntil = publication.CoversUntil,
            SubmittedTo = publication.SubmittedTo is { } board ? boards[board] : null,
            Location = publication.Location,
            MemberLocations = publication.MemberLocations,
        };
        publications[publication] = copy;
        return copy;
    }

    private Review Copy(Review review) => new()
    {
        Kind = review.Kind,
        CompletedOn = review.CompletedOn,
        Title = review.Title,
        CarriedOutBy = review.CarriedOutBy,
        ReportedIn = review.ReportedIn is { } publication ? publications.GetValueOrDefault(publication) : null,
        Location = review.Location,
        MemberLocations = review.MemberLocations,
    };
}
