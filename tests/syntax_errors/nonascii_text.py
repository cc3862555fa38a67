s = 'héllo' + 
