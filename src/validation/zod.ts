import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { installLaravelMessages } from "./laravel-messages.ts";

// The single place Zod is set up: `.openapi()` metadata for the document, Laravel messages for 422s.
// Every module imports `z` from here so both are in place whatever is loaded first.
extendZodWithOpenApi(z);
installLaravelMessages();

export { z };
