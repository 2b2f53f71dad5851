using Microsoft.AspNetCore.Mvc;

namespace Contoso.Orders.Api.Controllers;

[ApiController]
[Route("api/uploads")]
public sealed class UploadsController : ControllerBase
{
    private readonly IWebHostEnvironment _environment;

    public UploadsController(IWebHostEnvironment environment)
    {
        _environment = environment;
    }

    [HttpPost]
    [RequestSizeLimit(10_000_000)]
    public async Task<IActionResult> Upload(IFormFile file, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_environment.WebRootPath, "uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file.FileName);
        await using var stream = new FileStream(path, FileMode.Create);
        await file.CopyToAsync(stream, cancellationToken);
        return Created($"/uploads/{file.FileName}", null);
    }
}
