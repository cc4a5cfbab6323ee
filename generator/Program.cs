using System.CommandLine;
using StatementArchive.Commands;
using StatementArchive.Diagnostics;

namespace StatementArchive;

/// <summary>The command line. Each command is a thin wrapper over a pipeline entry point.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var contentOption = new Option<string>("--content")
        {
            Description = "Content folder (statements, sources, tags).",
            DefaultValueFactory = _ => "content",
        };
        var templatesOption = new Option<string>("--templates")
        {
            Description = "Scriban templates folder.",
            DefaultValueFactory = _ => "templates",
        };
        var outputOption = new Option<string>("--output")
        {
            Description = "Where the site is written.",
            DefaultValueFactory = _ => "_site",
        };
        var baseUrlOption = new Option<string?>("--base-url")
        {
            Description = "Absolute URL the site is published at (feeds, sitemap), e.g. https://owner.github.io/repo/.",
        };

        var timingsOption = new Option<bool>("--timings") { Description = "Print the time each stage took (to stderr)." };
        var zipOption = new Option<string?>("--zip") { Description = "An offline zip (made by the zip command) to publish with the site and link from every page." };
        // The options build, check, zip and serve share, read in one place.
        BuildOptions SiteOptions(ParseResult result, string output = "_site") => new(
            result.GetValue(contentOption)!,
            result.GetValue(templatesOption)!,
            output,
            result.GetValue(baseUrlOption));

        var build = new Command("build", "Build the site from content/ into _site/.")
        {
            contentOption, templatesOption, outputOption, baseUrlOption, timingsOption, zipOption,
        };
        build.SetAction(result => BuildCommand.Run(SiteOptions(result, result.GetValue(outputOption)!) with
        {
            Timings = result.GetValue(timingsOption),
            Zip = result.GetValue(zipOption),
        }, writeSite: true));

        var zipOutputOption = new Option<string>("--output")
        {
            Description = "The zip file to write.",
            DefaultValueFactory = _ => ZipCommand.DefaultFileName,
        };
        var zip = new Command("zip", "The offline copy of the site (works from disk, no server) as one zip.")
        {
            contentOption, templatesOption, baseUrlOption, zipOutputOption,
        };
        zip.SetAction(result => ZipCommand.Run(SiteOptions(result), result.GetValue(zipOutputOption)!));

        var check = new Command("check", "Validate content and templates without writing a site.")
        {
            contentOption, templatesOption, baseUrlOption,
        };
        check.SetAction(result => BuildCommand.Run(SiteOptions(result), writeSite: false));

        var filesArgument = new Argument<string[]>("files")
        {
            Description = "Raw statement files, or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var forceOption = new Option<bool>("--force") { Description = "Overwrite existing content files." };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Print the report and Markdown; write nothing." };
        var import = new Command("import", "Turn raw statement text into Markdown content.")
        {
            filesArgument, contentOption, forceOption, dryRunOption,
        };
        import.SetAction(result => ImportCommand.Run(new ImportOptions(
            result.GetValue(filesArgument)!,
            result.GetValue(contentOption)!,
            result.GetValue(forceOption),
            result.GetValue(dryRunOption))));

        var portOption = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 8000 };
        var serve = new Command("serve", "Preview on 127.0.0.1: rebuild when content/ or templates/ change, reload the browser.")
        {
            contentOption, templatesOption, portOption, timingsOption,
        };
        serve.SetAction(result => ServeCommand.Run(SiteOptions(result) with { Timings = result.GetValue(timingsOption) }, result.GetValue(portOption)));

        var root = new RootCommand("The statement archive: import official statements and publish them as a static site.")
        {
            build, check, import, serve, zip,
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // Our own handler below, not System.CommandLine's, which prints the stack trace and exits 1 like bad content.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file system refused (a folder that cannot be made, no permission, a full disk): the fix is the maintainer's, not ours.
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e)
        {
            // A bug, not bad input: say so in one line; the stack trace is for developers.
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("ARCHIVE_DEBUG") == "1")
                Console.Error.WriteLine(e);
            return ExitCodes.Internal;
        }
    }
}
