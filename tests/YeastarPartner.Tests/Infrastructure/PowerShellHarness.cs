using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using YeastarPartner.Commands;

namespace YeastarPartner.Tests.Infrastructure;

/// <summary>
/// Runs the module's cmdlets in-process in their own runspace, the way a console would, and keeps every
/// stream so tests can assert on errors, warnings, verbose lines and output.
/// </summary>
public sealed class PowerShellHarness : IDisposable
{
    private readonly Runspace _runspace;

    public PowerShellHarness()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(typeof(NewYsPlanOrderCommand).Assembly.Location);
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    public sealed record Result(
        Collection<PSObject> Output,
        IReadOnlyList<ErrorRecord> Errors,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<string> Verbose,
        IReadOnlyList<string> Debug,
        IReadOnlyList<string> Information);

    /// <summary>Runs a script; variables are set first. Terminating errors surface as exceptions.</summary>
    public Result Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            _runspace.SessionStateProxy.SetVariable(name, value);
        ps.AddScript(script);
        var output = ps.Invoke();
        return new Result(
            output,
            ps.Streams.Error.ToList(),
            ps.Streams.Warning.Select(w => w.Message).ToList(),
            ps.Streams.Verbose.Select(v => v.Message).ToList(),
            ps.Streams.Debug.Select(d => d.Message).ToList(),
            ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList());
    }

    /// <summary>What Tab offers at the end of <paramref name="line"/>, through TabExpansion2 as a console asks; completion raises no error.</summary>
    public IReadOnlyList<CompletionResult> Complete(string line)
    {
        var result = Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches", new Dictionary<string, object?> { ["line"] = line });
        Assert.Empty(result.Errors);
        return result.Output.Select(o => (CompletionResult)o.BaseObject).ToList();
    }

    /// <summary>Connects this runspace to the sandbox with its demo credentials.</summary>
    public void Connect(SandboxFixture sandbox, string extra = "") =>
        Run($"Connect-YeastarPartner -ClientId '{SandboxFixture.ClientId}' -ClientSecret (ConvertTo-SecureString '{SandboxFixture.ClientSecret}' -AsPlainText -Force) -BaseUri '{sandbox.Url}' {extra}");

    public void Dispose() => _runspace.Dispose();
}
