The build script target to run.
.PARAMETER Verbosity
Specifies the amount of information to be displayed.
.PARAMETER DryRun
Performs a dry run of the build script.
No tasks will be executed.
.PARAMETER ScriptArgs

#>

[CmdletBinding()]
param(
    [ValidateSet("artifacts", "build", "docker", "docs", "publish", "release")]
    [string]$Stage = "build",
    [string]$Target = "Default",
    [string]$Verbosity = "Normal",
    [Alias("WhatIf","Noop")]
    [switch]$DryRun,
    [switch]$Exclusive,
    [Parameter(Position=0,Mandatory=$false,ValueFromRemainingArguments=$true)]
    [string[]]$ScriptArgs

$Arguments = @{
    target=$Target;
    verbosity=$Verbosity;
    dryrun=$DryRun;
    exclusive=$Exclusive;
    nuget_useinprocessclient=$true;
}.GetEnumerator() | ForEach-Object {
