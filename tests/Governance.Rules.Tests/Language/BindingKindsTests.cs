using System.Linq.Expressions;
using Governance.Model;
using Governance.Rules.Definitions;
using Governance.Rules.Language;
using static Governance.Rules.Tests.Language.LanguageFixture;

namespace Governance.Rules.Tests.Language;

public class BindingKindsTests
{
    private static readonly DerivedFactSchema TwoTierArea = new(
        "TwoTierArea",
        [
            new DerivedField("county", typeof(Authority)),
            new DerivedField("districtCount", typeof(int)),
            new DerivedField("dcs", typeof(Post)),
            new DerivedField("since", typeof(DateOnly?)),
            new DerivedField("functions", typeof(IReadOnlyList<ServiceFunction>)),
        ]);

    private LanguageFixture model = null!;

    [SetUp]
    public void SetUp() => model = new LanguageFixture();

    [Test]
    public void Lambda_parameters_are_the_bindings_in_scope_order_then_asAt()
    {
        var scope = new ExpressionScope(
            [
                Binding.ForFact("dcs", FactTypeNamed("Post")),
                new Binding("n", null, typeof(int)),
                new Binding("posts", FactTypeNamed("Post"), typeof(IReadOnlyList<Post>)),
            ],
            null);
        var compiled = Compiler.CompileCondition("n > 0", scope);
        compiled.Succeeded.Should().BeTrue();
        compiled.ResultType.Should().Be<bool>();
        compiled.Lambda!.ReturnType.Should().Be<bool>();
        compiled.Lambda.Parameters.Select(p => (p.Name, p.Type)).Should().Equal(
            ("dcs", typeof(Post)), ("n", typeof(int)), ("posts", typeof(IReadOnlyList<Post>)), ("asAt", typeof(DateOnly)));
    }

    [Test]
    public void An_empty_scope_has_only_asAt()
    {
        var compiled = Compiler.CompileCondition("asAt > date('2008-01-01')", ExpressionScope.Empty);
        compiled.Lambda!.Parameters.Should().ContainSingle().Which.Type.Should().Be<DateOnly>();
        CompiledLambda.Compile(compiled.Lambda)([], new DateOnly(2009, 1, 1)).Should().Be(true);
    }

    [Test]
    public void Unnamed_pattern_bindings_are_parameters_but_cannot_be_written()
    {
        var scope = new ExpressionScope([Binding.ForFact("$1", FactTypeNamed("Post"))], "$1");
        var compiled = Compiler.CompileCondition("role == Leader", scope);
        compiled.Lambda!.Parameters[0].Name.Should().Be("$1");
        Compiler.CompileCondition("role == Leader and xyz", scope).Diagnostics.Should().ContainSingle()
            .Which.Message.Should().NotContain("$1");
    }

    [Test]
    public void A_count_binding_is_a_number_and_a_collect_binding_is_a_list()
    {
        var scope = new ExpressionScope(
            [new Binding("n", FactTypeNamed("Post"), typeof(int)), new Binding("posts", FactTypeNamed("Post"), typeof(IReadOnlyList<Post>))],
            null);
        var condition = Condition("n == count(posts) and any(posts, p => p.role == DirectorOfChildrensServices)", scope);
        condition([2, new List<Post> { model.Dcs, model.Dass }], AsAt).Should().Be(true);
        condition([1, new List<Post> { model.Dass }], AsAt).Should().Be(false);
    }

    [Test]
    public void A_group_binding_has_key_items_and_count()
    {
        var scope = new ExpressionScope([new Binding("g", FactTypeNamed("Post"), typeof(FactGroup<Person?, Post>))], "g");
        var group = new FactGroup<Person?, Post>(model.Jane, [model.Dcs, model.Dass]);
        Condition("count > 1 and key.name == 'Jane Doe' and all(items, p => p.holder == key)", scope)([group], AsAt).Should().Be(true);
        Condition("g.count == count(g.items)", scope)([group], AsAt).Should().Be(true);
        var error = Compiler.CompileCondition("g.size > 1", scope).Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("GOV202");
        error.Message.Should().Be("A group has 'key', 'items' and 'count', not 'size'.");
    }

    [Test]
    public void A_derived_kind_has_its_fields_as_members()
    {
        var catalog = TypeCatalog.ForDomainModel().WithDerived(TwoTierArea);
        catalog.TryGetFactType("TwoTierArea", out var kind).Should().BeTrue();
        catalog.FactTypeNames.Should().EndWith("TwoTierArea");
        var compiler = new ConditionCompiler(catalog);
        var scope = new ExpressionScope([Binding.ForFact("area", kind), Binding.ForFact("post", FactTypeNamed("Post"))], "area");
        var fact = new DerivedFact(TwoTierArea, [model.Authority, 1, model.Dcs, new DateOnly(2008, 4, 1), new[] { ServiceFunction.Education }], "rule", []);

        var compiled = compiler.CompileCondition(
            "districtCount > 0 and county.isTwoTier and dcs == post and since <= asAt and Education in functions and area.dcs.holder.name == 'Jane Doe'",
            scope);
        compiled.Diagnostics.Should().BeEmpty();
        CompiledLambda.Compile(compiled.Lambda!)([fact, model.Dcs], AsAt).Should().Be(true);
        compiler.CompileValue("since", scope).ResultType.Should().Be<DateOnly?>();
    }

    [Test]
    public void A_derived_member_compiles_to_a_typed_Get()
    {
        var catalog = TypeCatalog.ForDomainModel().WithDerived(TwoTierArea);
        catalog.TryGetFactType("TwoTierArea", out var kind);
        var compiled = new ConditionCompiler(catalog).CompileValue("area.county", new ExpressionScope([Binding.ForFact("area", kind)], null));
        var body = compiled.Lambda!.Body.Should().BeAssignableTo<UnaryExpression>().Subject;
        body.NodeType.Should().Be(ExpressionType.Convert);
        body.Type.Should().Be<Authority>();
        var call = body.Operand.Should().BeAssignableTo<MethodCallExpression>().Subject;
        call.Method.Name.Should().Be(nameof(DerivedFact.Get));
        call.Arguments.Should().ContainSingle().Which.Should().BeAssignableTo<ConstantExpression>().Which.Value.Should().Be("county");
    }

    [Test]
    public void An_unknown_field_of_a_derived_kind_lists_its_fields()
    {
        var catalog = TypeCatalog.ForDomainModel().WithDerived(TwoTierArea);
        catalog.TryGetFactType("TwoTierArea", out var kind);
        const string condition = "countie.isTwoTier";
        var error = new ConditionCompiler(catalog).CompileCondition(condition, new ExpressionScope([Binding.ForFact("a", kind)], "a"))
            .Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("GOV202");
        error.Message.Should().Contain("Did you mean 'county'?");
        var member = new ConditionCompiler(catalog).CompileCondition("a.countie == null", new ExpressionScope([Binding.ForFact("a", kind)], null))
            .Diagnostics.Should().ContainSingle().Subject;
        member.Message.Should().Be(
            "TwoTierArea has no field 'countie'. Did you mean 'county'? Its fields are: 'county', 'districtCount', 'dcs', 'since', 'functions'.");
    }

    [Test]
    public void Collected_derived_facts_keep_their_fields_inside_any()
    {
        var catalog = TypeCatalog.ForDomainModel().WithDerived(TwoTierArea);
        catalog.TryGetFactType("TwoTierArea", out var kind);
        var scope = new ExpressionScope([new Binding("areas", kind, typeof(IReadOnlyList<DerivedFact>))], null);
        var compiled = new ConditionCompiler(catalog).CompileCondition("any(areas, a => a.districtCount > 3)", scope);
        compiled.Diagnostics.Should().BeEmpty();
        var fact = new DerivedFact(TwoTierArea, [model.Authority, 7, model.Dcs, null, Array.Empty<ServiceFunction>()], "rule", []);
        CompiledLambda.Compile(compiled.Lambda!)([new List<DerivedFact> { fact }], AsAt).Should().Be(true);
    }

    [Test]
    public void WithDerived_refuses_a_name_already_taken()
    {
        var act = () => TypeCatalog.ForDomainModel().WithDerived(new DerivedFactSchema("Post", []));
        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void A_catalogue_of_test_types_exposes_their_properties_only()
    {
        var catalog = new TypeCatalog([typeof(Widget)]);
        catalog.FactTypeNames.Should().Equal("Widget");
        catalog.EnumTypes.Should().Equal(typeof(Shade));
        catalog.MembersOf(typeof(Widget)).Select(m => m.Name).Should().Equal("size", "shade", "label");
        var compiler = new ConditionCompiler(catalog);
        var scope = new ExpressionScope([Binding.ForFact("w", FactType.ForClrType(typeof(Widget)))], "w");
        CompiledLambda.Compile(compiler.CompileCondition("size > 2 and shade == dark and label == null", scope).Lambda!)(
            [new Widget { Size = 3, Shade = Shade.Dark }], AsAt).Should().Be(true);
        compiler.CompileCondition("secret == 1", scope).Diagnostics.Should().ContainSingle().Which.Code.Should().Be("GOV202");
    }

    [Test]
    public void A_scope_must_be_well_formed()
    {
        var post = FactTypeNamed("Post");
        var duplicate = () => Compiler.CompileCondition("true", new ExpressionScope([Binding.ForFact("a", post), Binding.ForFact("a", post)], null));
        duplicate.Should().Throw<ArgumentException>();
        var subject = () => Compiler.CompileCondition("true", new ExpressionScope([Binding.ForFact("a", post)], "b"));
        subject.Should().Throw<ArgumentException>();
    }

    [Test]
    public void CompiledLambda_takes_arguments_in_scope_order()
    {
        var scope = Scope(null, ("dcs", "Post"), ("lm", "Post"));
        var compiled = Compiler.CompileValue("daysBetween(dcs.start, lm.start) + yearsBetween(lm.start, asAt)", scope);
        var evaluate = CompiledLambda.Compile(compiled.Lambda!);
        evaluate([model.Dcs, model.LeadMember], new DateOnly(2011, 5, 1)).Should().Be(395 + 2);
        evaluate([model.LeadMember, model.Dcs], new DateOnly(2011, 5, 1)).Should().Be(-395 + 3);
    }

    [Test]
    public void CompiledLambda_refuses_a_lambda_without_asAt()
    {
        Expression<Func<int, bool>> lambda = x => x > 0;
        var act = () => CompiledLambda.Compile(lambda);
        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Compiled_code_calls_only_the_language_runtime_and_model_members()
    {
        var compiled = Compiler.CompileCondition(
            "any(authority.posts, p => contains(lower(p.holder.name), 'doe')) and yearsBetween(start, asAt) > 1 and role in [Leader]",
            PostScope);
        var methods = new MethodCollector();
        methods.Visit(compiled.Lambda);
        methods.DeclaringTypes.Should().OnlyContain(t =>
            t == typeof(Rules.Language.Runtime.LanguageRuntime) || t == typeof(Enumerable) || t == typeof(bool?) ||
            t.Namespace == "Governance.Model");
    }

    private sealed class MethodCollector : ExpressionVisitor
    {
        public List<Type> DeclaringTypes { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            DeclaringTypes.Add(node.Method.DeclaringType!);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            DeclaringTypes.Add(node.Member.DeclaringType!);
            return base.VisitMember(node);
        }
    }

    internal enum Shade
    {
        Light,
        Dark,
    }

    internal sealed class Widget
    {
        public int Size { get; init; }

        public Shade Shade { get; init; }

        public string? Label { get; init; }

        internal int Secret { get; init; }
    }
}
