using Governance.Rules.Language.Syntax;

namespace Governance.Rules.Tests.Language.Syntax;

public class ParserTests
{
    private static SyntaxNode Parse(string text)
    {
        var result = Parser.Parse(text);
        result.Diagnostics.Should().BeEmpty();
        result.Trailing.Should().BeEmpty();
        return result.Root;
    }

    private static string Shape(SyntaxNode node) => node switch
    {
        LiteralSyntax literal => literal.Kind switch
        {
            LiteralKind.Text => $"'{literal.Value}'",
            LiteralKind.Null => "null",
            LiteralKind.Boolean => (bool)literal.Value! ? "true" : "false",
            _ => Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture)!,
        },
        NameSyntax name => name.Name,
        MemberSyntax member => $"{Shape(member.Target)}.{member.Name}",
        CallSyntax call => $"{Shape(call.Callee)}({string.Join(", ", call.Arguments.Select(Shape))})",
        LambdaSyntax lambda => $"{lambda.Parameter} => {Shape(lambda.Body)}",
        ListSyntax list => $"[{string.Join(", ", list.Items.Select(Shape))}]",
        UnarySyntax unary => unary.Operator == UnaryOperator.Not ? $"(not {Shape(unary.Operand)})" : $"(-{Shape(unary.Operand)})",
        BinarySyntax binary => $"({Shape(binary.Left)} {OperatorText.Of(binary.Operator)} {Shape(binary.Right)})",
        IndexSyntax index => $"{Shape(index.Target)}[{Shape(index.Index)}]",
        _ => "?",
    };

    [TestCase("a or b and c", "(a or (b and c))")]
    [TestCase("a and b or c", "((a and b) or c)")]
    [TestCase("not a and b", "((not a) and b)")]
    [TestCase("not a == b", "(not (a == b))")]
    [TestCase("a + b == c - d", "((a + b) == (c - d))")]
    [TestCase("a - b - c", "((a - b) - c)")]
    [TestCase("-a + b", "((-a) + b)")]
    [TestCase("a in [x, y] or b not in list", "((a in [x, y]) or (b not in list))")]
    [TestCase("a.b.c == 'x'", "(a.b.c == 'x')")]
    [TestCase("any(list, x => x.y and z)", "any(list, x => (x.y and z))")]
    [TestCase("count(a) >= 2", "(count(a) >= 2)")]
    [TestCase("(a or b) and c", "((a or b) and c)")]
    [TestCase("a != null and true != false", "((a != null) and (true != false))")]
    [TestCase("f()", "f()")]
    [TestCase("list[0]", "list[0]")]
    [TestCase("a <= 1 or a < 1 or a > 1 or a >= 1", "((((a <= 1) or (a < 1)) or (a > 1)) or (a >= 1))")]
    public void Precedence_and_grouping(string text, string shape) => Shape(Parse(text)).Should().Be(shape);

    [Test]
    public void Nodes_know_where_they_are()
    {
        const string text = "dcs.holder.name == 'Jane' and count(x) > 1";
        var and = (BinarySyntax)Parse(text);
        and.Offset.Should().Be(0);
        and.Length.Should().Be(text.Length);
        text.Substring(and.OperatorOffset, and.OperatorLength).Should().Be("and");
        var equal = (BinarySyntax)and.Left;
        text.Substring(equal.Offset, equal.Length).Should().Be("dcs.holder.name == 'Jane'");
        var member = (MemberSyntax)equal.Left;
        text.Substring(member.NameOffset, member.Name.Length).Should().Be("name");
        text.Substring(member.Target.Offset, member.Target.Length).Should().Be("dcs.holder");
        var literal = (LiteralSyntax)equal.Right;
        text.Substring(literal.Offset, literal.Length).Should().Be("'Jane'");
        var call = (CallSyntax)((BinarySyntax)and.Right).Left;
        text.Substring(call.Offset, call.Length).Should().Be("count(x)");
    }

    [Test]
    public void Not_in_spans_both_words()
    {
        const string text = "a not  in b";
        var node = (BinarySyntax)Parse(text);
        node.Operator.Should().Be(BinaryOperator.NotIn);
        text.Substring(node.OperatorOffset, node.OperatorLength).Should().Be("not  in");
    }

    [Test]
    public void Keywords_are_lower_case_only()
    {
        Shape(Parse("AND")).Should().Be("AND");
        Lexer.KeywordKind("and").Should().Be(TokenKind.And);
        Lexer.KeywordKind("Not").Should().Be(TokenKind.Identifier);
    }

    [Test]
    public void The_lexer_reports_every_bad_character_and_carries_on()
    {
        var diagnostics = new List<Governance.Rules.Language.LanguageDiagnostic>();
        var tokens = Lexer.Tokenize("a # b ; c", diagnostics);
        diagnostics.Select(d => d.Offset).Should().Equal(2, 6);
        tokens.Where(t => t.Kind == TokenKind.Identifier).Select(t => t.Text).Should().Equal("a", "b", "c");
    }
}
