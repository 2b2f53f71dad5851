using Contoso.Exports;
using Newtonsoft.Json;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

var rows = JsonConvert.DeserializeObject<List<ExportRow>>(Console.In.ReadToEnd()) ?? [];
var job = new ExportJob();
job.Describe(rows);
Console.Write(job.Render(rows));
