using Contoso.Exports;
using Newtonsoft.Json;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

dynamic payload = JsonConvert.DeserializeObject(Console.In.ReadToEnd())!;
var rows = new List<ExportRow>();
foreach (var item in payload.accounts)
{
    rows.Add(new ExportRow { Account = (string)item.account, Balance = (decimal)item.balance, LastActivity = (DateTime)item.lastActivity });
}
var job = new ExportJob();
job.Describe(rows);
Console.Write(job.Render(rows));
