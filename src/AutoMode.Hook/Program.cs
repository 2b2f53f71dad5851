using AutoMode.Hook;

return await LightHook.RunAsync(args).ConfigureAwait(false);
