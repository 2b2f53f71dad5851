The build script target to run.
.PARAMETER Verbosity
Specifies the amount of information to be displayed.
.PARAMETER WhatIf
Performs a dry run of the build script.
No tasks will be executed.
.PARAMETER ScriptArgs

#>

[CmdletBinding()]
Param(
    [ValidateSet("artifacts", "build", "docker", "docs", "publish", "release")]
    [string]$Stage = "build",
    [string]$Target = "Default",
    [string]$Verbosity = "Normal",
    [Alias("DryRun","Noop")]
    [switch]$WhatIf,
    [switch]$Exclusive,
    [Parameter(Position=0,Mandatory=$false,ValueFromRemainingArguments=$true)]
    [string[]]$ScriptArgs

$Arguments = @{
    target=$Target;
    verbosity=$Verbosity;
    dryrun=$WhatIf;
    exclusive=$Exclusive;
    nuget_useinprocessclient=$true;
}.GetEnumerator() | ForEach-Object {
