
# Get list of migrations from base reference
try {
    $baseMigrations = git ls-tree -r --name-only $BaseRef -- "$migrationPath/" 2>$null | Where-Object { $_ -like "*.sql" } | Sort-Object
    if ($LASTEXITCODE -ne 0) {
        Write-Host "Warning: Could not retrieve migrations from base reference '$BaseRef'"
        $baseMigrations = @()

}

# Get list of migrations from current reference
$currentMigrations = git ls-tree -r --name-only $CurrentRef -- "$migrationPath/" | Where-Object { $_ -like "*.sql" } | Sort-Object

# Find added migrations
$addedMigrations = $currentMigrations | Where-Object { $_ -notin $baseMigrations }
