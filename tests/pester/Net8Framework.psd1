# Assembly versions in the .NET 8 shared framework (Microsoft.NETCore.App 8.0), the runtime of PowerShell
# 7.4, the oldest supported PowerShell 7, for the names the module's dependencies use. Source: the
# Microsoft.NETCore.App.Ref 8.0.x targeting pack, which versions every assembly 8.0.0.0.
# Compatibility.Tests.ps1 confirms on the installed runtime that each name is a framework assembly
# versioned like its runtime.
@{
    'System.Buffers'                         = '8.0.0.0'
    'System.Memory'                          = '8.0.0.0'
    'System.Numerics.Vectors'                = '8.0.0.0'
    'System.Runtime.CompilerServices.Unsafe' = '8.0.0.0'
    'System.Text.Encodings.Web'              = '8.0.0.0'
    'System.Text.Json'                       = '8.0.0.0'
    'System.Threading.Tasks.Extensions'      = '8.0.0.0'
}
